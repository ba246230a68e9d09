namespace InterviewPrep.Web.Features.Analytics;

/// <summary>Reduces a user agent to a browser family, so the full string (a fingerprinting aid) is never stored.</summary>
internal static class BrowserFamily
{
    private static readonly string[] BotMarkers = ["bot", "crawler", "spider", "slurp", "facebookexternalhit", "curl/", "wget/", "python-"];

    /// <summary>Crawlers and scripts are not readers, so they are not counted.</summary>
    public static bool IsBot(string userAgent) =>
        string.IsNullOrWhiteSpace(userAgent) || BotMarkers.Any(marker => userAgent.Contains(marker, StringComparison.OrdinalIgnoreCase));

    /// <summary>Order matters: Edge, Opera and Samsung Internet also say "Chrome", and Chrome also says "Safari".</summary>
    public static string From(string userAgent) => userAgent switch
    {
        _ when Has(userAgent, "Edg/") || Has(userAgent, "EdgA/") || Has(userAgent, "EdgiOS/") => "Edge",
        _ when Has(userAgent, "OPR/") || Has(userAgent, "Opera") => "Opera",
        _ when Has(userAgent, "SamsungBrowser/") => "Samsung Internet",
        _ when Has(userAgent, "Firefox/") || Has(userAgent, "FxiOS/") => "Firefox",
        _ when Has(userAgent, "Chrome/") || Has(userAgent, "CriOS/") || Has(userAgent, "Chromium/") => "Chrome",
        _ when Has(userAgent, "Safari/") && Has(userAgent, "Version/") => "Safari",
        _ => "Other",
    };

    private static bool Has(string userAgent, string marker) => userAgent.Contains(marker, StringComparison.Ordinal);
}
