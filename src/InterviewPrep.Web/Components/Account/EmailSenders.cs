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

    /// <summary>
    /// Whether account emails really reach people. Only then can the app ask new accounts to confirm their address,
    /// and answer a registration for a taken address without saying so.
    /// </summary>
    public bool Enabled => !string.IsNullOrWhiteSpace(SmtpHost);
}

/// <summary>The emails the account pages send: Identity's three, and the note to an address's owner about a second registration.</summary>
internal interface IAccountEmailSender : IEmailSender<ApplicationUser>
{
    /// <summary>
    /// Someone tried to register an address that already has an account. The visitor sees the same "check your
    /// email" page as for a new address; only the owner learns what happened, here.
    /// </summary>
    Task SendAlreadyRegisteredAsync(ApplicationUser user, string email, string resetLink);
}

/// <summary>Writes account emails to the log, so a self-hosted copy without SMTP (or a developer) can still reset a password.</summary>
internal sealed class LoggingEmailSender(ILogger<LoggingEmailSender> logger) : IAccountEmailSender
{
    public Task SendConfirmationLinkAsync(ApplicationUser user, string email, string confirmationLink) => Log(email, "email confirmation link", confirmationLink);

    public Task SendPasswordResetLinkAsync(ApplicationUser user, string email, string resetLink) => Log(email, "password reset link", resetLink);

    public Task SendPasswordResetCodeAsync(ApplicationUser user, string email, string resetCode) => Log(email, "password reset code", resetCode);

    public Task SendAlreadyRegisteredAsync(ApplicationUser user, string email, string resetLink) =>
        Log(email, "note that someone registered the address again, with a password reset link,", resetLink);

    private Task Log(string email, string what, string value)
    {
        logger.LogWarning("No SMTP server is configured (Email:SmtpHost). The {What} for {Email} is: {Value}", what, email, value);
        return Task.CompletedTask;
    }
}

/// <summary>Sends account emails through the SMTP server named in configuration.</summary>
internal sealed class SmtpEmailSender(IOptions<EmailOptions> options) : IAccountEmailSender
{
    public Task SendConfirmationLinkAsync(ApplicationUser user, string email, string confirmationLink) =>
        SendAsync(email, "Confirm your InterviewPrep account",
            $"<p>Confirm your address by <a href=\"{Encode(confirmationLink)}\">following this link</a>.</p>"
            + "<p>If you did not just create an account on InterviewPrep, do not follow it: ignore this email and the account stays unusable.</p>");

    public Task SendPasswordResetLinkAsync(ApplicationUser user, string email, string resetLink) =>
        SendAsync(email, "Reset your InterviewPrep password", $"<p>Choose a new password by <a href=\"{Encode(resetLink)}\">following this link</a>. If you did not ask for this, ignore this email.</p>");

    public Task SendPasswordResetCodeAsync(ApplicationUser user, string email, string resetCode) =>
        SendAsync(email, "Reset your InterviewPrep password", $"<p>Your password reset code is {Encode(resetCode)}.</p>");

    public Task SendAlreadyRegisteredAsync(ApplicationUser user, string email, string resetLink) =>
        SendAsync(email, "Someone tried to create an InterviewPrep account with your address",
            "<p>Someone, perhaps you, tried to create an account with this address, which already has one. No new account was made.</p>"
            + $"<p>If it was you and you have forgotten your password, <a href=\"{Encode(resetLink)}\">choose a new one here</a>. If it was not you, ignore this email: nothing has changed.</p>");

    private static string Encode(string value) => HtmlEncoder.Default.Encode(value);

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
