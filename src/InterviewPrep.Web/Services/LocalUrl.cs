namespace InterviewPrep.Web.Services;

/// <summary>
/// The one check behind every redirect to an address a visitor can choose (a sign-in's return URL, the consent
/// form's). It follows ASP.NET Core's <c>Url.IsLocalUrl</c>: a path on this site starts with one <c>/</c> not
/// followed by <c>/</c> or <c>\</c> (browsers read <c>//host</c> and <c>/\host</c> as another site), or with
/// <c>~/</c>. It is stricter in two ways: no control characters anywhere (browsers drop tabs and newlines, so
/// <c>/\t/host</c> becomes <c>//host</c>), and the same must hold after percent-decoding, so <c>/%5Chost</c> is
/// refused too. Absolute URLs are refused even when they name this host.
/// </summary>
public static class LocalUrl
{
    private const int MaxDecodings = 3;

    public static bool IsLocal(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return false;
        }

        var candidate = url;
        for (var decoding = 0; decoding <= MaxDecodings; decoding++)
        {
            if (!HasLocalShape(candidate))
            {
                return false;
            }

            var decoded = Uri.UnescapeDataString(candidate);
            if (decoded == candidate)
            {
                return true;
            }

            candidate = decoded;
        }

        // Encoded more deeply than any real link of ours: not worth the doubt.
        return false;
    }

    /// <summary><paramref name="url"/> when it is local, otherwise <paramref name="fallback"/>.</summary>
    public static string OrDefault(string? url, string fallback) => IsLocal(url) ? url! : fallback;

    private static bool HasLocalShape(string url)
    {
        if (url.Length == 0 || url.Any(char.IsControl))
        {
            return false;
        }

        int pathStart;
        if (url[0] == '/')
        {
            pathStart = 1;
        }
        else if (url.StartsWith("~/", StringComparison.Ordinal))
        {
            pathStart = 2;
        }
        else
        {
            return false;
        }

        return url.Length == pathStart || (url[pathStart] != '/' && url[pathStart] != '\\');
    }
}
