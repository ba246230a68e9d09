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

        account.MapPost("/Logout", async (ClaimsPrincipal user, [FromServices] SignInManager<ApplicationUser> signInManager) =>
        {
            await signInManager.SignOutAsync();
            return TypedResults.LocalRedirect("~/");
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
