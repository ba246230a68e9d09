using AngleSharp.Dom;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Data.Sqlite;

namespace InterviewPrep.Web.Tests;

/// <summary>
/// A browser-like HTTP client: a Chrome user agent, its own cookie jar that tests can read and fill, and no
/// automatic redirects, so each response can be checked. Forms are filled from the served HTML, antiforgery
/// token included.
/// </summary>
internal sealed class Visitor : IDisposable
{
    public const string ChromeUserAgent =
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36";

    public static readonly Uri BaseAddress = new("https://localhost/");

    public Visitor(TestAppFactory factory, bool sendsGpc = false)
    {
        Client = factory.CreateDefaultClient(BaseAddress, new CookieContainerHandler(Cookies));
        Client.DefaultRequestHeaders.UserAgent.ParseAdd(ChromeUserAgent);
        if (sendsGpc)
        {
            Client.DefaultRequestHeaders.Add("Sec-GPC", "1");
        }
    }

    public HttpClient Client { get; }

    public CookieContainer Cookies { get; } = new();

    public IReadOnlyList<string> CookieNames => Cookies.GetCookies(BaseAddress).Select(c => c.Name).ToList();

    public string? Cookie(string name) => Cookies.GetCookies(BaseAddress)[name]?.Value;

    public Task<(HttpResponseMessage Response, IDocument Document)> GetAsync(string url) => HtmlPage.GetAsync(Client, url);

    /// <summary>Loads <paramref name="pageUrl"/>, takes the form's hidden fields, adds <paramref name="fields"/> and posts it.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string pageUrl, string formSelector, IReadOnlyDictionary<string, string> fields)
    {
        var (_, page) = await GetAsync(pageUrl);
        var form = page.QuerySelector(formSelector) ?? throw new InvalidOperationException($"{pageUrl} has no form matching '{formSelector}'.");
        var values = form.QuerySelectorAll("input[type=hidden]")
            .Where(input => input.GetAttribute("name") is not null)
            .ToDictionary(input => input.GetAttribute("name")!, input => input.GetAttribute("value") ?? string.Empty);
        foreach (var (name, value) in fields)
        {
            values[name] = value;
        }

        var action = form.GetAttribute("action");
        var target = string.IsNullOrEmpty(action) ? pageUrl : "/" + action.TrimStart('/');
        using var content = new FormUrlEncodedContent(values);
        return await Client.PostAsync(new Uri(target, UriKind.Relative), content);
    }

    /// <summary>Answers the banner on <paramref name="pageUrl"/> with one of its buttons.</summary>
    public Task<HttpResponseMessage> ChooseAsync(string choice, string pageUrl = "/", bool analyticsTicked = false)
    {
        var fields = new Dictionary<string, string> { ["choice"] = choice };
        if (analyticsTicked)
        {
            fields["analytics"] = "granted";
        }

        return SubmitAsync(pageUrl, pageUrl.StartsWith("/cookies", StringComparison.Ordinal) ? "main form[action=consent]" : "section.consent-banner form", fields);
    }

    public async Task SignInAsync(string email, string password)
    {
        var response = await SubmitAsync("/Account/Login", "main form", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Signing in as {email} answered {(int)response.StatusCode}, not a redirect.");
        }
    }

    public void Dispose() => Client.Dispose();
}

/// <summary>Small reads from the app's SQLite file.</summary>
internal static class Db
{
    public static long Count(TestAppFactory factory, string table, string where = "1 = 1")
    {
        using var db = factory.OpenDatabase();
        using var command = db.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM {table} WHERE {where}";
        return (long)command.ExecuteScalar()!;
    }

    public static List<Dictionary<string, object?>> Rows(TestAppFactory factory, string sql)
    {
        using var db = factory.OpenDatabase();
        using var command = db.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<Dictionary<string, object?>>();
        while (reader.Read())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).ToDictionary(reader.GetName, i => reader.IsDBNull(i) ? null : reader.GetValue(i)));
        }

        return rows;
    }

    public static List<string> Columns(SqliteConnection db, string table)
    {
        using var command = db.CreateCommand();
        command.CommandText = $"SELECT name FROM pragma_table_info('{table}')";
        using var reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }
}
