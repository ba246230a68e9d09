using System.Security.Claims;
using System.Text.Json;
using InterviewPrep.Web.Data;
using InterviewPrep.Web.Services;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace InterviewPrep.Web.Components.Account;

/// <summary>The form posts that account pages need beyond the components themselves.</summary>
internal static class AccountEndpoints
{
    public static void MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var account = endpoints.MapGroup("/Account").RequireAntiforgeryToken();

        // POST only, with this site's antiforgery token (400 without), so another site cannot sign a visitor out.
        // There is no GET route to sign out with a link or an <img>.
        account.MapPost("/Logout", async Task<IResult> (
            HttpContext context,
            ClaimsPrincipal user,
            [FromServices] SignInManager<ApplicationUser> signInManager) =>
        {
            if (RefuseWithoutToken(context) is { } refused)
            {
                return refused;
            }

            if (await signInManager.UserManager.GetUserAsync(user) is { } signedIn)
            {
                // A new stamp voids every cookie of the account, copied or on another device, at its next check.
                await signInManager.UserManager.UpdateSecurityStampAsync(signedIn);
            }

            await signInManager.SignOutAsync();
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            return TypedResults.LocalRedirect(LocalUrl.OrDefault(form["returnUrl"].ToString(), "~/"));
        }).WithMetadata(new RequireAntiforgeryTokenAttribute());

        account.MapGroup("/Manage").RequireAuthorization().MapPost("/DownloadPersonalData", async Task<IResult> (
            HttpContext context,
            [FromServices] UserManager<ApplicationUser> userManager,
            [FromServices] PersonalDataExport export) =>
        {
            if (RefuseWithoutToken(context) is { } refused)
            {
                return refused;
            }

            var user = await userManager.GetUserAsync(context.User);
            if (user is null)
            {
                return Results.NotFound();
            }

            var data = await export.CollectAsync(user, context.RequestAborted);
            var bytes = JsonSerializer.SerializeToUtf8Bytes(data, StoryExport.JsonOptions);
            return TypedResults.File(bytes, "application/json", "interviewprep-my-data.json");
        }).WithMetadata(new RequireAntiforgeryTokenAttribute());
    }

    /// <summary>
    /// A readable 400 for a post without a valid antiforgery token (or not a form at all). The status code pages
    /// are turned off for it: re-running the request as a POST would read the rejected form again.
    /// </summary>
    private static ContentHttpResult? RefuseWithoutToken(HttpContext context)
    {
        if (context.Features.Get<IAntiforgeryValidationFeature>() is not { IsValid: false } && context.Request.HasFormContentType)
        {
            return null;
        }

        if (context.Features.Get<IStatusCodePagesFeature>() is { } statusCodePages)
        {
            statusCodePages.Enabled = false;
        }

        return TypedResults.Text(
            "This form had expired or did not come from this site. Go back, reload the page and try again.",
            "text/plain; charset=utf-8",
            statusCode: StatusCodes.Status400BadRequest);
    }
}
