using System.ComponentModel.DataAnnotations;

namespace InterviewPrep.Web.Components.Account;

/// <summary>Who administers this copy of the app, bound from the <c>Admin</c> configuration section.</summary>
public sealed class AdminOptions : IValidatableObject
{
    public const string SectionName = "Admin";

    /// <summary>Accounts with these email addresses get the Admin role, at startup and whenever they sign in.</summary>
    public IList<string> Emails { get; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var checker = new EmailAddressAttribute();
        foreach (var email in Emails.Where(email => string.IsNullOrWhiteSpace(email) || !checker.IsValid(email)))
        {
            yield return new ValidationResult($"Admin:Emails contains '{email}', which is not an email address.", [nameof(Emails)]);
        }
    }
}
