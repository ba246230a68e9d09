using InterviewPrep.Web.Data;
using InterviewPrep.Web.Services;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;

namespace InterviewPrep.Web.Components.Account;

internal sealed class IdentityRedirectManager(NavigationManager navigationManager)
{
    public const string StatusCookieName = "Identity.StatusMessage";

    private static readonly CookieBuilder StatusCookieBuilder = new()
    {
        SameSite = SameSiteMode.Strict,
        HttpOnly = true,
        IsEssential = true,
        MaxAge = TimeSpan.FromSeconds(5),
    };

    private string CurrentPath => navigationManager.ToAbsoluteUri(navigationManager.Uri).GetLeftPart(UriPartial.Path);

    /// <summary>Goes to one of the app's own pages, e.g. <c>Account/Login</c>. Anything that would leave the site goes home instead.</summary>
    public void RedirectTo(string? uri) => navigationManager.NavigateTo(SameSiteTarget(uri));

    /// <summary>
    /// Goes back to where the visitor was sent from, when <paramref name="returnUrl"/> is a path on this site by
    /// <see cref="LocalUrl.IsLocal"/>; otherwise (another host, <c>//host</c>, <c>/\host</c>, a scheme, even this
    /// host spelled out in full) to <paramref name="fallback"/>.
    /// </summary>
    public void RedirectToReturnUrl(string? returnUrl, string fallback)
    {
        if (!LocalUrl.IsLocal(returnUrl))
        {
            RedirectTo(fallback);
            return;
        }

        // "~/x" means x under the app's base; NavigationManager reads a path without a leading slash that way.
        navigationManager.NavigateTo(returnUrl!.StartsWith('~') ? returnUrl[2..] : returnUrl);
    }

    public void RedirectTo(string uri, Dictionary<string, object?> queryParameters)
    {
        var uriWithoutQuery = navigationManager.ToAbsoluteUri(uri).GetLeftPart(UriPartial.Path);
        var newUri = navigationManager.GetUriWithQueryParameters(uriWithoutQuery, queryParameters);
        RedirectTo(newUri);
    }

    public void RedirectToWithStatus(string uri, string message, HttpContext context)
    {
        context.Response.Cookies.Append(StatusCookieName, message, StatusCookieBuilder.Build(context));
        RedirectTo(uri);
    }

    public void RedirectToCurrentPageWithStatus(string message, HttpContext context) =>
        RedirectToWithStatus(CurrentPath, message, context);

    public void RedirectToInvalidUser(UserManager<ApplicationUser> userManager, HttpContext context) =>
        RedirectToWithStatus("Account/Login", $"Error: your session no longer matches an account ({userManager.GetUserId(context.User)}). Please sign in again.", context);

    /// <summary>
    /// The app's own targets come as paths relative to the base (<c>Account/Login</c>) or as absolute URLs of the
    /// current page. An absolute URL counts only on this origin and only if its path is local: the template's
    /// check let <c>http://this-host///evil.example/</c> through as <c>//evil.example/</c>.
    /// </summary>
    private string SameSiteTarget(string? uri)
    {
        const string Home = "";
        if (string.IsNullOrEmpty(uri))
        {
            return Home;
        }

        if (Uri.TryCreate(uri, UriKind.Absolute, out var absolute) && (absolute.Scheme == Uri.UriSchemeHttp || absolute.Scheme == Uri.UriSchemeHttps))
        {
            var sameOrigin = Uri.Compare(absolute, new Uri(navigationManager.BaseUri), UriComponents.SchemeAndServer, UriFormat.UriEscaped, StringComparison.OrdinalIgnoreCase) == 0;
            return sameOrigin && LocalUrl.IsLocal(absolute.PathAndQuery) ? absolute.PathAndQuery : Home;
        }

        if (uri[0] == '/' || uri[0] == '~')
        {
            return !LocalUrl.IsLocal(uri) ? Home : uri[0] == '~' ? uri[2..] : uri;
        }

        // Relative to the base: fine unless it names a scheme (javascript:...) or could be read as another host.
        var path = uri.Split('?', '#')[0];
        return !path.Contains(':', StringComparison.Ordinal) && LocalUrl.IsLocal("/" + uri) ? uri : Home;
    }
}
