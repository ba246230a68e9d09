using System.Globalization;
using System.Security.Cryptography;
using InterviewPrep.Web.Data;

namespace InterviewPrep.Web.Services;

/// <summary>
/// One visitor's stored choice: the consent id that links it to the log, the policy revision it answered, and
/// whether analytics were allowed. <see cref="OptedInDespiteGpc"/> records that the browser sent Global Privacy
/// Control when the visitor switched analytics on, which is the only way analytics run under that signal.
/// </summary>
internal sealed record ConsentChoice(string ConsentId, int Revision, bool Analytics, bool OptedInDespiteGpc, DateTimeOffset DecidedAt)
{
    private const char Separator = '.';

    public static string NewConsentId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    /// <summary>Cookie format: <c>revision.analytics.gpc.consentId.unixSeconds</c>, e.g. <c>1.0.0.3f9c….1764120000</c>. Only safe cookie characters.</summary>
    public string ToCookieValue() => string.Join(
        Separator,
        Revision.ToString(CultureInfo.InvariantCulture),
        Analytics ? "1" : "0",
        OptedInDespiteGpc ? "1" : "0",
        ConsentId,
        DecidedAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));

    /// <summary>Reads a cookie value; anything malformed counts as no choice at all, never as consent.</summary>
    public static ConsentChoice? TryParse(string? value)
    {
        var parts = value?.Split(Separator);
        if (parts is not { Length: 5 }
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var revision)
            || parts[1] is not ("0" or "1")
            || parts[2] is not ("0" or "1")
            || parts[3].Length != 32 || !parts[3].All(char.IsAsciiHexDigitLower)
            || !long.TryParse(parts[4], NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            return null;
        }

        return new ConsentChoice(parts[3], revision, parts[1] == "1", parts[2] == "1", DateTimeOffset.FromUnixTimeSeconds(seconds));
    }
}

/// <summary>
/// The consent that applies to one request: the stored choice if it answers the current policy revision, and
/// whether the browser sends Global Privacy Control.
/// </summary>
internal sealed record ConsentState(ConsentChoice? Choice, bool ChoiceIsOutdated, bool GlobalPrivacyControl)
{
    /// <summary>The visitor answered the current revision; otherwise the banner asks.</summary>
    public bool HasDecided => Choice is not null;

    /// <summary>Analytics run only on an explicit yes; under GPC only on a yes given while the signal was sent.</summary>
    public bool Analytics => Choice is { Analytics: true } choice && (!GlobalPrivacyControl || choice.OptedInDespiteGpc);

    public bool Allows(ConsentCategory category) => category switch
    {
        ConsentCategory.Necessary => true,
        ConsentCategory.Analytics => Analytics,
        _ => false,
    };
}
