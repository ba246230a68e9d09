using System.Security.Claims;
using System.Text;
using InterviewPrep.Web.Components.Account;
using InterviewPrep.Web.Data;
using InterviewPrep.Web.Services;
using Microsoft.AspNetCore.Http.HttpResults;

namespace InterviewPrep.Web.Features.Stories;

/// <summary>The story bank's downloads and plain form posts (pages stay static; these do the writing).</summary>
internal static class StoryEndpoints
{
    public static void MapStoryEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var stories = endpoints.MapGroup("/stories").RequireAuthorization();

        stories.MapGet("/export.json", async (ClaimsPrincipal user, StoryBank bank, TimeProvider clock, CancellationToken cancellationToken) =>
        {
            var all = await bank.AllAsync(user.RequiredUserId(), cancellationToken);
            return TypedResults.File(StoryExport.ToJson(all, clock.GetUtcNow().UtcDateTime), "application/json", "interviewprep-stories.json");
        });

        stories.MapGet("/export.md", async (ClaimsPrincipal user, StoryBank bank, ContentStore content, TimeProvider clock, CancellationToken cancellationToken) =>
        {
            var all = await bank.AllAsync(user.RequiredUserId(), cancellationToken);
            var markdown = StoryExport.ToMarkdown(all, content.Current, clock.GetUtcNow().UtcDateTime);
            return TypedResults.File(Encoding.UTF8.GetBytes(markdown), "text/markdown; charset=utf-8", "interviewprep-stories.md");
        });

        var forms = stories.MapGroup(string.Empty).RequireAntiforgeryToken();

        // The form is read in the handler, after the antiforgery filter: bound as a parameter, it would be read first.
        // Accepts() keeps the content type that tells this endpoint from the import page's own form handling.
        forms.MapPost("/import", async (HttpContext context, ClaimsPrincipal user, StoryBank bank, CancellationToken cancellationToken) =>
        {
            var file = context.Request.HasFormContentType ? (await context.Request.ReadFormAsync(cancellationToken)).Files["file"] : null;
            if (file is null || file.Length == 0)
            {
                return ImportError("Choose a JSON file exported from InterviewPrep.");
            }

            if (file.Length > StoryLimits.ImportBytes)
            {
                return ImportError($"The file is {file.Length / 1024:N0} KB; the limit is {StoryLimits.ImportBytes / 1024 / 1024} MB.");
            }

            await using var stream = file.OpenReadStream();
            var (imported, error) = StoryExport.FromJson(stream);
            if (error is not null)
            {
                return ImportError(error);
            }

            ImportResult result;
            try
            {
                result = await bank.ImportAsync(user.RequiredUserId(), imported, cancellationToken);
            }
            catch (StoryRejectedException rejected)
            {
                return ImportError(rejected.Message);
            }

            return TypedResults.LocalRedirect($"~/stories?imported={result.Added}&updated={result.Updated}&unchanged={result.Unchanged}");
        })
        .Accepts<IFormFile>("multipart/form-data");

        forms.MapPost("/{id:int}/delete", async (int id, ClaimsPrincipal user, StoryBank bank, CancellationToken cancellationToken) =>
            await bank.DeleteAsync(user.RequiredUserId(), id, cancellationToken)
                ? Results.LocalRedirect("~/stories?deleted=1")
                : Results.NotFound());

        forms.MapPost("/{id:int}/history/{revisionId:int}/restore", async (int id, int revisionId, HttpContext context, ClaimsPrincipal user, StoryBank bank, CancellationToken cancellationToken) =>
        {
            SaveOutcome outcome;
            try
            {
                outcome = await bank.RestoreAsync(user.RequiredUserId(), id, revisionId, cancellationToken);
            }
            catch (StoryRejectedException rejected)
            {
                // An old version can break a limit set since, such as a principle no longer in the catalog.
                return AntiforgeryEndpoints.Refused(context, $"This version cannot be restored: {rejected.Message}");
            }

            return outcome.Status == SaveStatus.NotFound
                ? Results.NotFound()
                : Results.LocalRedirect($"~/stories/{id}?restored=1");
        });
    }

    private static RedirectHttpResult ImportError(string message) =>
        TypedResults.LocalRedirect($"~/stories/import?error={Uri.EscapeDataString(message)}");
}
