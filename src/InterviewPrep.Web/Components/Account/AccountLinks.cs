using System.Text;
using InterviewPrep.Web.Services;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace InterviewPrep.Web.Components.Account;

/// <summary>
/// The absolute links that account emails carry. They start with <see cref="AppOptions.PublicBaseUrl"/>: a link
/// built from the request would start with whatever <c>Host</c> header the requester sent, so anyone could ask
/// for a reset of someone else's password and have the victim's email point to their own server, token included
/// (password-reset poisoning). Only when the setting is unset, which startup allows in Development or when the
/// links go to the log rather than to people, does the request's own address stand in.
/// </summary>
internal sealed class AccountLinks(IOptions<AppOptions> app, NavigationManager navigation)
{
    public Uri BaseUri => app.Value.PublicBaseUri ?? new Uri(navigation.BaseUri);

    public string ResetPassword(string token) =>
        Build("Account/ResetPassword", new() { ["code"] = Encode(token) });

    public string ConfirmEmail(string userId, string token) =>
        Build("Account/ConfirmEmail", new() { ["userId"] = userId, ["code"] = Encode(token) });

    /// <summary>Identity's tokens hold characters that do not survive a URL; the pages decode them back.</summary>
    public static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    /// <summary>The token from a link, or null when the link was cut or altered.</summary>
    public static string? Decode(string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return null;
        }

        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private string Build(string path, Dictionary<string, string?> query) =>
        QueryHelpers.AddQueryString(new Uri(BaseUri, path).AbsoluteUri, query);
}
