using System.Net;
using System.Net.Mail;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using InterviewPrep.Web.Data;

namespace InterviewPrep.Web.Components.Account;

/// <summary>SMTP settings, bound from the <c>Email</c> section. Without a host, emails are written to the log.</summary>
public sealed class EmailOptions
{
    public const string SectionName = "Email";

    public string? SmtpHost { get; set; }

    public int SmtpPort { get; set; } = 587;

    public bool SmtpEnableSsl { get; set; } = true;

    public string? SmtpUserName { get; set; }

    public string? SmtpPassword { get; set; }

    public string From { get; set; } = "InterviewPrep <no-reply@localhost>";
}

/// <summary>Writes account emails to the log, so a self-hosted copy without SMTP (or a developer) can still reset a password.</summary>
internal sealed class LoggingEmailSender(ILogger<LoggingEmailSender> logger) : IEmailSender<ApplicationUser>
{
    public Task SendConfirmationLinkAsync(ApplicationUser user, string email, string confirmationLink) => Log(email, "confirmation link", confirmationLink);

    public Task SendPasswordResetLinkAsync(ApplicationUser user, string email, string resetLink) => Log(email, "password reset link", resetLink);

    public Task SendPasswordResetCodeAsync(ApplicationUser user, string email, string resetCode) => Log(email, "password reset code", resetCode);

    private Task Log(string email, string what, string value)
    {
        logger.LogWarning("No SMTP server is configured (Email:SmtpHost). The {What} for {Email} is: {Value}", what, email, value);
        return Task.CompletedTask;
    }
}

/// <summary>Sends account emails through the SMTP server named in configuration.</summary>
internal sealed class SmtpEmailSender(IOptions<EmailOptions> options) : IEmailSender<ApplicationUser>
{
    public Task SendConfirmationLinkAsync(ApplicationUser user, string email, string confirmationLink) =>
        SendAsync(email, "Confirm your InterviewPrep account", $"<p>Confirm your account by <a href=\"{HtmlEncoder.Default.Encode(confirmationLink)}\">following this link</a>.</p>");

    public Task SendPasswordResetLinkAsync(ApplicationUser user, string email, string resetLink) =>
        SendAsync(email, "Reset your InterviewPrep password", $"<p>Choose a new password by <a href=\"{HtmlEncoder.Default.Encode(resetLink)}\">following this link</a>. If you did not ask for this, ignore this email.</p>");

    public Task SendPasswordResetCodeAsync(ApplicationUser user, string email, string resetCode) =>
        SendAsync(email, "Reset your InterviewPrep password", $"<p>Your password reset code is {HtmlEncoder.Default.Encode(resetCode)}.</p>");

    private async Task SendAsync(string to, string subject, string html)
    {
        var settings = options.Value;
        using var client = new SmtpClient(settings.SmtpHost, settings.SmtpPort) { EnableSsl = settings.SmtpEnableSsl };
        if (!string.IsNullOrEmpty(settings.SmtpUserName))
        {
            client.Credentials = new NetworkCredential(settings.SmtpUserName, settings.SmtpPassword);
        }

        using var message = new MailMessage { From = new MailAddress(settings.From), Subject = subject, Body = html, IsBodyHtml = true };
        message.To.Add(to);
        await client.SendMailAsync(message);
    }
}
