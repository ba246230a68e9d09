using System.Security.Claims;

namespace InterviewPrep.Web.Components.Account;

public static class ClaimsPrincipalExtensions
{
    /// <summary>The signed-in user's id, which scopes every query over their data.</summary>
    public static string RequiredUserId(this ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("A signed-in user has no id claim.");
}
