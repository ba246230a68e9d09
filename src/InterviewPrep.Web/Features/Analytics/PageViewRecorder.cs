using InterviewPrep.Web.Data;
using InterviewPrep.Web.Services;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace InterviewPrep.Web.Features.Analytics;

/// <summary>
/// Counts a page view after the page is served, only when this request carries analytics consent. Blazor's
/// enhanced navigation fetches pages with an ordinary GET, so those views count too; assets, the Blazor circuit,
/// health checks, APIs, errors and redirects do not.
/// </summary>
internal sealed class PageViewRecorder(
    RequestDelegate next,
    DailySalt salt,
    IDbContextFactory<AppDbContext> dbFactory,
    IOptions<AnalyticsOptions> options,
    TimeProvider time,
    ILogger<PageViewRecorder> logger)
{
    private static readonly string[] IgnoredPrefixes =
        ["/_blazor", "/_framework", "/_content", "/healthz", "/api", "/.well-known", "/admin", "/consent", "/not-found", "/error"];

    public async Task InvokeAsync(HttpContext context)
    {
        await next(context);

        if (!ShouldRecord(context))
        {
            return;
        }

        try
        {
            await RecordAsync(context);
        }
        catch (Exception exception) when (exception is DbUpdateException or System.Data.Common.DbException or OperationCanceledException)
        {
            // The page was already served; a lost page view must never turn into an error for the reader.
            logger.LogWarning(exception, "A page view could not be recorded.");
        }
    }

    internal bool ShouldRecord(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        return options.Value.Enabled
            && HttpMethods.IsGet(request.Method)
            && response.StatusCode == StatusCodes.Status200OK
            && context.Features.Get<IStatusCodeReExecuteFeature>() is null
            && response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true
            && !IsIgnoredPath(request.Path)
            && !IsPrefetch(request)
            && !BrowserFamily.IsBot(request.Headers.UserAgent.ToString())
            && context.GetConsent().Analytics;
    }

    private async Task RecordAsync(HttpContext context)
    {
        var request = context.Request;
        var now = time.GetUtcNow().UtcDateTime;
        var todaysSalt = await salt.GetAsync(CancellationToken.None);
        var userAgent = request.Headers.UserAgent.ToString();
        var ipAddress = context.Connection.RemoteIpAddress?.ToString() ?? string.Empty;

        await using var db = await dbFactory.CreateDbContextAsync(CancellationToken.None);
        db.PageViews.Add(new PageView
        {
            OccurredAt = now,
            Day = todaysSalt.Day,
            Path = NormalizePath(request.PathBase + request.Path),
            ReferrerHost = ExternalReferrerHost(request),
            Browser = BrowserFamily.From(userAgent),
            VisitorId = DailySalt.VisitorId(todaysSalt.Value, ipAddress, userAgent, request.Host.Host),
        });
        await db.SaveChangesAsync(CancellationToken.None);
    }

    private static bool IsIgnoredPath(PathString path) =>
        Path.HasExtension(path.Value) || IgnoredPrefixes.Any(prefix => path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase));

    /// <summary>Speculative loads (link prefetch, prerender) are not views: nobody has seen the page yet.</summary>
    private static bool IsPrefetch(HttpRequest request) =>
        request.Headers["Sec-Purpose"].ToString().Contains("prefetch", StringComparison.OrdinalIgnoreCase)
        || request.Headers["Purpose"].ToString().Contains("prefetch", StringComparison.OrdinalIgnoreCase);

    internal static string NormalizePath(PathString path)
    {
        var value = path.HasValue ? path.Value! : "/";
        if (value.Length > 1)
        {
            value = value.TrimEnd('/');
        }

        return value.Length <= PageViewLimits.Path ? value : value[..PageViewLimits.Path];
    }

    /// <summary>Only another site's host name: never the full address, and nothing for links within this site.</summary>
    internal static string? ExternalReferrerHost(HttpRequest request)
    {
        if (!Uri.TryCreate(request.Headers.Referer.ToString(), UriKind.Absolute, out var referrer)
            || (referrer.Scheme != Uri.UriSchemeHttp && referrer.Scheme != Uri.UriSchemeHttps))
        {
            return null;
        }

        var host = referrer.IdnHost.ToLowerInvariant();
        return string.Equals(host, request.Host.Host, StringComparison.OrdinalIgnoreCase) ? null : host;
    }
}
