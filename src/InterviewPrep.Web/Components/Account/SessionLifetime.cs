using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using InterviewPrep.Web.Data;

namespace InterviewPrep.Web.Components.Account;

/// <summary>
/// An absolute ceiling on a sign-in. Sliding expiration renews an active cookie indefinitely, so the moment the
/// person actually signed in is stamped into the cookie's protected ticket and checked on every request, before the
/// security stamp check. Refreshing a sign-in (after a password change, or when the stamp check reissues the
/// cookie) keeps the original moment.
/// </summary>
internal static class SessionLifetime
{
    public const string SignedInAtItem = ".InterviewPrep.SignedInAt";

    public static Task StampSignInAsync(CookieSigningInContext context)
    {
        if (!context.Properties.Items.ContainsKey(SignedInAtItem))
        {
            var now = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
            context.Properties.Items[SignedInAtItem] = now.ToString("O", CultureInfo.InvariantCulture);
        }

        return Task.CompletedTask;
    }

    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var lifetime = services.GetRequiredService<IOptions<AccountOptions>>().Value.AbsoluteSessionLifetime;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var signedInAt = context.Properties.Items.TryGetValue(SignedInAtItem, out var value)
            && DateTimeOffset.TryParseExact(value, "O", CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed)
                ? parsed
                : (DateTimeOffset?)null;

        // A cookie without the stamp predates it: treat it as expired rather than grant it a fresh lifetime.
        if (signedInAt is null || now - signedInAt.Value > lifetime)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }
}

/// <summary>Email confirmation tokens with their own lifetime, so a confirmation link can outlast a 30-minute reset link.</summary>
internal sealed class EmailConfirmationTokenProvider(
    IDataProtectionProvider dataProtectionProvider,
    IOptions<EmailConfirmationTokenProviderOptions> options,
    ILogger<DataProtectorTokenProvider<ApplicationUser>> logger)
    : DataProtectorTokenProvider<ApplicationUser>(dataProtectionProvider, options, logger)
{
    public const string ProviderName = "EmailConfirmation";
}

internal sealed class EmailConfirmationTokenProviderOptions : DataProtectionTokenProviderOptions
{
    public EmailConfirmationTokenProviderOptions()
    {
        Name = EmailConfirmationTokenProvider.ProviderName;
    }
}
