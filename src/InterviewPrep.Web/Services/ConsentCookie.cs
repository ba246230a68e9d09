using Microsoft.Extensions.Options;

namespace InterviewPrep.Web.Services;

/// <summary>Reads and writes the one essential cookie that holds a visitor's consent choice.</summary>
internal sealed class ConsentCookie(IOptions<ConsentOptions> options)
{
    public const string GpcHeader = "Sec-GPC";

    private static readonly object StateKey = new();

    private ConsentOptions Options => options.Value;

    /// <summary>The consent for this request, read once and kept for the rest of it.</summary>
    public ConsentState Read(HttpContext context)
    {
        if (context.Items.TryGetValue(StateKey, out var cached) && cached is ConsentState state)
        {
            return state;
        }

        var stored = ConsentChoice.TryParse(context.Request.Cookies[Options.CookieName]);
        var current = stored is not null && stored.Revision == Options.Revision ? stored : null;
        state = new ConsentState(current, ChoiceIsOutdated: stored is not null && current is null, SendsGpc(context.Request));
        context.Items[StateKey] = state;
        return state;
    }

    /// <summary>The consent id to keep for this browser, so the log links its later decisions to the first one.</summary>
    public string ExistingConsentId(HttpContext context) =>
        ConsentChoice.TryParse(context.Request.Cookies[Options.CookieName])?.ConsentId ?? ConsentChoice.NewConsentId();

    public void Write(HttpContext context, ConsentChoice choice)
    {
        context.Response.Cookies.Append(Options.CookieName, choice.ToCookieValue(), new CookieOptions
        {
            // Essential: without it the site could not remember a "no", and would have to ask on every page.
            IsEssential = true,
            HttpOnly = true,
            Secure = context.Request.IsHttps,
            SameSite = SameSiteMode.Lax,
            Path = "/",
            MaxAge = TimeSpan.FromDays(Options.CookieLifetimeDays),
        });
        context.Items[StateKey] = new ConsentState(choice, ChoiceIsOutdated: false, SendsGpc(context.Request));
    }

    /// <summary>Expires every cookie the browser sent whose name marks it as an analytics cookie.</summary>
    public IReadOnlyList<string> DeleteAnalyticsCookies(HttpContext context)
    {
        var deleted = context.Request.Cookies.Keys
            .Where(name => Options.AnalyticsCookiePrefixes.Any(prefix => name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
            .ToList();
        foreach (var name in deleted)
        {
            context.Response.Cookies.Delete(name, new CookieOptions { Path = "/", IsEssential = true });
        }

        return deleted;
    }

    public static bool SendsGpc(HttpRequest request) =>
        request.Headers.TryGetValue(GpcHeader, out var value) && value.ToString().Trim() == "1";
}

internal static class ConsentHttpContextExtensions
{
    /// <summary>The consent that applies to this request (see <see cref="ConsentState"/>).</summary>
    public static ConsentState GetConsent(this HttpContext context) =>
        context.RequestServices.GetRequiredService<ConsentCookie>().Read(context);
}
