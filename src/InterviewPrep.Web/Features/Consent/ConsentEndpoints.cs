using InterviewPrep.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace InterviewPrep.Web.Features.Consent;

/// <summary>The form post behind the banner and the cookie settings page, and the GPC support file.</summary>
internal static class ConsentEndpoints
{
    public const string ChoicePath = "/consent";
    public const string GpcPath = "/.well-known/gpc.json";

    /// <summary>The day this app started honouring Global Privacy Control, for <c>gpc.json</c>'s <c>lastUpdate</c>.</summary>
    private const string GpcSupportSince = "2026-11-26";

    public static void MapConsentEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // Form-bound minimal APIs validate the antiforgery token that <AntiforgeryToken /> puts in the form.
        endpoints.MapPost(ChoicePath, SaveChoiceAsync).DisableHttpMetrics();

        endpoints.MapGet(GpcPath, (HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "public, max-age=86400";
            return TypedResults.Json(new { gpc = true, lastUpdate = GpcSupportSince });
        });
    }

    private static async Task<IResult> SaveChoiceAsync(
        HttpContext context,
        [FromForm(Name = "choice")] string? choice,
        [FromForm(Name = "analytics")] string? analytics,
        [FromForm(Name = "returnUrl")] string? returnUrl,
        [FromServices] ConsentRecorder recorder)
    {
        ConsentAction action;
        switch (choice)
        {
            case "accept":
                action = ConsentAction.Accept;
                break;
            case "reject":
                action = ConsentAction.Reject;
                break;
            case "customize":
                action = ConsentAction.Customize;
                break;
            case "withdraw":
                action = ConsentAction.Withdraw;
                break;
            default:
                return TypedResults.BadRequest();
        }

        var grantsAnalytics = action == ConsentAction.Accept || (action == ConsentAction.Customize && analytics == "granted");
        await recorder.DecideAsync(context, action, grantsAnalytics, context.RequestAborted);
        return TypedResults.LocalRedirect(LocalOrHome(returnUrl));
    }

    /// <summary>Only paths on this site; anything else (another host, <c>//host</c>, <c>/\host</c>) goes home.</summary>
    internal static string LocalOrHome(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) && !url.Any(char.IsControl)
            ? url
            : "/";
}

/// <summary>Applies a decision: stores it in the cookie, logs the proof, and removes analytics cookies on a no.</summary>
internal sealed class ConsentRecorder(
    ConsentCookie cookie,
    AppDbContext db,
    IOptions<ConsentOptions> options,
    TimeProvider time,
    ILogger<ConsentRecorder> logger)
{
    public async Task DecideAsync(HttpContext context, ConsentAction action, bool analytics, CancellationToken cancellationToken)
    {
        var gpc = ConsentCookie.SendsGpc(context.Request);
        var now = time.GetUtcNow();
        var choice = new ConsentChoice(cookie.ExistingConsentId(context), options.Value.Revision, analytics, analytics && gpc, now);
        cookie.Write(context, choice);
        if (!analytics)
        {
            cookie.DeleteAnalyticsCookies(context);
        }

        db.ConsentRecords.Add(new ConsentRecord
        {
            ConsentId = choice.ConsentId,
            DecidedAtUtc = now.UtcDateTime,
            Action = action,
            Revision = choice.Revision,
            Granted = analytics ? "necessary,analytics" : "necessary",
            Refused = analytics ? string.Empty : "analytics",
            GlobalPrivacyControl = gpc,
        });
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Consent {Action} recorded for revision {Revision}.", action, choice.Revision);
    }
}
