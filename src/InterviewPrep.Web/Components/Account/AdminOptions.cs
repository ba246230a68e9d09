using System.ComponentModel.DataAnnotations;

namespace InterviewPrep.Web.Components.Account;

/// <summary>Who administers this copy of the app, bound from the <c>Admin</c> configuration section.</summary>
public sealed class AdminOptions : IValidatableObject
{
    public const string SectionName = "Admin";

    /// <summary>
    /// Accounts with these email addresses hold the Admin role once the address is confirmed (by the emailed link,
    /// or without email by the setup code the app logs), checked at startup and at every sign-in. An account whose
    /// address is no longer listed loses the role at the same moments.
    /// </summary>
    public IList<string> Emails { get; } = [];

    /// <summary>Admins must turn on two-factor authentication before an admin page opens.</summary>
    public bool RequireTwoFactor { get; set; } = true;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var checker = new EmailAddressAttribute();
        foreach (var email in Emails.Where(email => string.IsNullOrWhiteSpace(email) || !checker.IsValid(email)))
        {
            yield return new ValidationResult($"Admin:Emails contains '{email}', which is not an email address.", [nameof(Emails)]);
        }
    }
}
