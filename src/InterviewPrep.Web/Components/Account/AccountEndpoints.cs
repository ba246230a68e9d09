using System.Security.Claims;
using System.Text.Json;
using InterviewPrep.Web.Data;
using InterviewPrep.Web.Services;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace InterviewPrep.Web.Components.Account;

/// <summary>The form posts that account pages need beyond the components themselves.</summary>
internal static class AccountEndpoints
{
    public static void MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var account = endpoints.MapGroup("/Account").RequireAntiforgeryToken();

        // POST only, with this site's antiforgery token (the group's filter answers 400 without), so another site
        // cannot sign a visitor out; there is no GET route to sign out with a link or an <img>.
        account.MapPost("/Logout", async (
            HttpContext context,
            ClaimsPrincipal user,
            [FromServices] SignInManager<ApplicationUser> signInManager) =>
        {
            if (await signInManager.UserManager.GetUserAsync(user) is { } signedIn)
            {
                // A new stamp voids every cookie of the account, copied or on another device, at its next check.
                await signInManager.UserManager.UpdateSecurityStampAsync(signedIn);
            }

            await signInManager.SignOutAsync();
            var form = context.Request.HasFormContentType ? await context.Request.ReadFormAsync(context.RequestAborted) : null;
            return TypedResults.LocalRedirect(LocalUrl.OrDefault(form?["returnUrl"].ToString(), "~/"));
        });

        account.MapGroup("/Manage").RequireAuthorization().MapPost("/DownloadPersonalData", async (
            HttpContext context,
            [FromServices] UserManager<ApplicationUser> userManager,
            [FromServices] PersonalDataExport export) =>
        {
            var user = await userManager.GetUserAsync(context.User);
            if (user is null)
            {
                return Results.NotFound();
            }

            var data = await export.CollectAsync(user, context.RequestAborted);
            var bytes = JsonSerializer.SerializeToUtf8Bytes(data, StoryExport.JsonOptions);
            return TypedResults.File(bytes, "application/json", "interviewprep-my-data.json");
        });
    }
}
