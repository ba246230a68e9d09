using System.ComponentModel.DataAnnotations;

namespace InterviewPrep.Web.Services;

/// <summary>The cookie policy the banner asks about, bound from the <c>Consent</c> configuration section.</summary>
public sealed class ConsentOptions : IValidatableObject
{
    public const string SectionName = "Consent";

    /// <summary>The policy revision. Raise it when the policy changes: every earlier choice stops counting and the banner shows again.</summary>
    [Range(1, int.MaxValue)]
    public int Revision { get; set; } = 1;

    /// <summary>The name of the one first-party cookie that stores the choice.</summary>
    [Required]
    [RegularExpression("^[A-Za-z0-9._-]+$", ErrorMessage = "The consent cookie name may use letters, digits, '.', '_' and '-' only.")]
    public string CookieName { get; set; } = "InterviewPrep.Consent";

    /// <summary>How long a choice is kept before the banner asks again. Regulators expect a few months, at most 13.</summary>
    [Range(1, 395)]
    public int CookieLifetimeDays { get; set; } = 180;

    /// <summary>How long the proof of each decision is kept in the consent log.</summary>
    [Range(1, 3650)]
    public int LogRetentionDays { get; set; } = 395;

    /// <summary>
    /// Name prefixes of cookies that analytics tools set. The app's own analytics sets none, but if an operator adds
    /// a tool that does, refusing or withdrawing consent deletes these at once.
    /// </summary>
    public IList<string> AnalyticsCookiePrefixes { get; } = ["_ga", "_gid", "_gat", "_pk_", "_hj", "ajs_"];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (LogRetentionDays < CookieLifetimeDays)
        {
            yield return new ValidationResult(
                $"Consent:{nameof(LogRetentionDays)} ({LogRetentionDays}) must be at least Consent:{nameof(CookieLifetimeDays)} ({CookieLifetimeDays}), so that every stored choice still has its proof.",
                [nameof(LogRetentionDays)]);
        }

        if (AnalyticsCookiePrefixes.Any(string.IsNullOrWhiteSpace))
        {
            yield return new ValidationResult($"Consent:{nameof(AnalyticsCookiePrefixes)} must not contain empty entries.", [nameof(AnalyticsCookiePrefixes)]);
        }
    }
}
