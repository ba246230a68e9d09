using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Mvc.Testing;

namespace InterviewPrep.Web.Tests;

/// <summary>
/// A browser-like client for static pages: keeps cookies, does not follow redirects, and submits forms with their
/// hidden fields (antiforgery token, Blazor's form name) the way a browser would.
/// </summary>
internal sealed class FormClient(TestAppFactory factory, HttpClient http)
{
    public const string Password = "correct horse battery staple";

    public FormClient(TestAppFactory factory)
        : this(factory, factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = factory.ClientOptions.BaseAddress, AllowAutoRedirect = false, HandleCookies = true }))
    {
    }

    public HttpClient Http { get; } = http;

    /// <summary>Fills the form found on <paramref name="url"/> and posts it (to <paramref name="postTo"/> when given).</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string url, string formSelector, IReadOnlyDictionary<string, string> values, string? postTo = null)
    {
        var (_, page) = await HtmlPage.GetAsync(Http, url);
        var form = page.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form '{formSelector}' on {url}.");
        var fields = form.QuerySelectorAll("input[name], textarea[name], select[name]")
            .Where(e => e.GetAttribute("type") is not ("checkbox" or "submit" or "file"))
            .ToDictionary(e => e.GetAttribute("name")!, e => e.GetAttribute("value") ?? e.TextContent);
        foreach (var (name, value) in values)
        {
            fields[name] = value;
        }

        var action = form.GetAttribute("action");
        var target = postTo ?? (string.IsNullOrEmpty(action) ? url : "/" + action.TrimStart('/'));
        return await Http.PostAsync(new Uri(target, UriKind.Relative), new FormUrlEncodedContent(fields));
    }

    public Task<HttpResponseMessage> RegisterAsync(string email, string password = Password) =>
        SubmitAsync("/Account/Register", "form.form-card", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
            ["Input.ConfirmPassword"] = password,
        });

    public Task<HttpResponseMessage> SignInAsync(string email, string password = Password) =>
        SubmitAsync("/Account/Login", "form.form-card", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });

    /// <summary>Registers a fresh user, signs them in, and returns their id.</summary>
    public async Task<string> RegisterNewUserAsync()
    {
        var email = $"user-{Guid.NewGuid():N}@example.com";
        var response = await RegisterAsync(email);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Registration answered {(int)response.StatusCode}.");
        }

        using var db = factory.OpenDatabase();
        using var command = db.CreateCommand();
        command.CommandText = "SELECT Id FROM AspNetUsers WHERE NormalizedEmail = $email";
        command.Parameters.AddWithValue("$email", email.ToUpperInvariant());
        return (string)command.ExecuteScalar()!;
    }
}
