using InterviewPrep.Web.Data;
using InterviewPrep.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace InterviewPrep.Web.Features.Consent;

/// <summary>The form post behind the banner and the cookie settings page, and the GPC support file.</summary>
internal static class ConsentEndpoints
{
    public const string ChoicePath = "/consent";
    public const string GpcPath = "/.well-known/gpc.json";

    /// <summary>The day this app started honoring Global Privacy Control, for <c>gpc.json</c>'s <c>lastUpdate</c>.</summary>
    private const string GpcSupportSince = "2026-11-26";

    public static void MapConsentEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // The form is read by hand, after the token check, so that a stale token gets a readable answer.
        endpoints.MapPost(ChoicePath, SaveChoiceAsync)
            .RequireAntiforgeryToken();

        endpoints.MapGet(GpcPath, (HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "public, max-age=86400";
            return TypedResults.Json(new { gpc = true, lastUpdate = GpcSupportSince });
        });
    }

    private static async Task<IResult> SaveChoiceAsync(HttpContext context, [FromServices] ConsentRecorder recorder)
    {
        if (!context.Request.HasFormContentType)
        {
            return AntiforgeryEndpoints.Refused(context, AntiforgeryEndpoints.ExpiredMessage);
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        ConsentAction? action = form["choice"].ToString() switch
        {
            "accept" => ConsentAction.Accept,
            "reject" => ConsentAction.Reject,
            "customize" => ConsentAction.Customize,
            "withdraw" => ConsentAction.Withdraw,
            _ => null,
        };
        if (action is null)
        {
            return AntiforgeryEndpoints.Refused(context, "Unknown choice.");
        }

        var grantsAnalytics = action == ConsentAction.Accept || (action == ConsentAction.Customize && form["analytics"] == "granted");
        await recorder.DecideAsync(context, action.Value, grantsAnalytics, context.RequestAborted);
        return TypedResults.LocalRedirect(LocalOrHome(form["returnUrl"].ToString()));
    }

    /// <summary>Only paths on this site (<see cref="LocalUrl"/>); anything else (another host, <c>//host</c>, <c>/\host</c>) goes home.</summary>
    internal static string LocalOrHome(string? url) => LocalUrl.OrDefault(url, "/");
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
            DecidedAt = now.UtcDateTime,
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
