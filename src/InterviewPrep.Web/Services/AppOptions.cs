using System.ComponentModel.DataAnnotations;

namespace InterviewPrep.Web.Services;

/// <summary>Where the site lives on the internet, bound from the <c>App</c> configuration section.</summary>
public sealed class AppOptions : IValidatableObject
{
    public const string SectionName = "App";

    /// <summary>
    /// The address people reach the site at, e.g. <c>https://interviewprep.example.com/</c>. Every link in an
    /// email (password reset, email confirmation) starts with it, never with the request's <c>Host</c> header,
    /// which whoever sends the request chooses.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary><see cref="PublicBaseUrl"/> as a URI ending in <c>/</c>, so relative paths append to it; null when unset.</summary>
    public Uri? PublicBaseUri =>
        TryParse(PublicBaseUrl, out var uri)
            ? new Uri(uri.AbsoluteUri.EndsWith('/') ? uri.AbsoluteUri : uri.AbsoluteUri + "/")
            : null;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(PublicBaseUrl) && !TryParse(PublicBaseUrl, out _))
        {
            yield return new ValidationResult(
                $"App:{nameof(PublicBaseUrl)} is '{PublicBaseUrl}'. It must be an absolute http or https address with no query or fragment, e.g. https://interviewprep.example.com/.",
                [nameof(PublicBaseUrl)]);
        }
    }

    private static bool TryParse(string? value, out Uri uri)
    {
        uri = null!;
        if (string.IsNullOrWhiteSpace(value) || !Uri.TryCreate(value.Trim(), UriKind.Absolute, out var parsed))
        {
            return false;
        }

        if ((parsed.Scheme != Uri.UriSchemeHttps && parsed.Scheme != Uri.UriSchemeHttp)
            || parsed.Query.Length > 0 || parsed.Fragment.Length > 0 || parsed.UserInfo.Length > 0 || parsed.Host.Length == 0)
        {
            return false;
        }

        uri = parsed;
        return true;
    }
}
