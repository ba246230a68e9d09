using System.ComponentModel.DataAnnotations;

namespace InterviewPrep.Web.Components.Account;

/// <summary>How long sign-ins and emailed links last, bound from the <c>Accounts</c> configuration section.</summary>
public sealed class AccountOptions : IValidatableObject
{
    public const string SectionName = "Accounts";

    /// <summary>
    /// A sign-in ends this long after the password (and second factor) were entered, however active the session
    /// has been since: sliding expiration keeps renewing the cookie, this puts a ceiling on it.
    /// </summary>
    public TimeSpan AbsoluteSessionLifetime { get; set; } = TimeSpan.FromDays(14);

    /// <summary>
    /// How often each sign-in cookie is checked against the account's security stamp, which changes on sign-out,
    /// a password change or reset, and turning two-factor authentication on or off. A stolen or copied cookie
    /// stops working at most this long after such a change.
    /// </summary>
    public TimeSpan SecurityStampValidationInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long a password reset link works.</summary>
    public TimeSpan PasswordResetLinkLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How long an email confirmation link works.</summary>
    public TimeSpan EmailConfirmationLinkLifetime { get; set; } = TimeSpan.FromDays(1);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (AbsoluteSessionLifetime < TimeSpan.FromMinutes(5) || AbsoluteSessionLifetime > TimeSpan.FromDays(90))
        {
            yield return Invalid(nameof(AbsoluteSessionLifetime), AbsoluteSessionLifetime, "between 00:05:00 and 90.00:00:00");
        }

        if (SecurityStampValidationInterval < TimeSpan.Zero || SecurityStampValidationInterval > TimeSpan.FromMinutes(5))
        {
            yield return Invalid(nameof(SecurityStampValidationInterval), SecurityStampValidationInterval, "between 00:00:00 (every request) and 00:05:00");
        }

        if (PasswordResetLinkLifetime < TimeSpan.FromMinutes(5) || PasswordResetLinkLifetime > TimeSpan.FromHours(24))
        {
            yield return Invalid(nameof(PasswordResetLinkLifetime), PasswordResetLinkLifetime, "between 00:05:00 and 1.00:00:00");
        }

        if (EmailConfirmationLinkLifetime < TimeSpan.FromMinutes(5) || EmailConfirmationLinkLifetime > TimeSpan.FromDays(7))
        {
            yield return Invalid(nameof(EmailConfirmationLinkLifetime), EmailConfirmationLinkLifetime, "between 00:05:00 and 7.00:00:00");
        }
    }

    private static ValidationResult Invalid(string name, TimeSpan value, string range) =>
        new($"Accounts:{name} is {value}; it must be {range}.", [name]);
}
