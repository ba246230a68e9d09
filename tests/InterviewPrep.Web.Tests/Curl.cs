using AngleSharp.Html.Parser;

namespace InterviewPrep.Web.Tests;

/// <summary>
/// What an attacker with curl does, over a real socket to a Kestrel-hosted app: sends exactly the headers given
/// (a forged <c>X-Forwarded-For</c> included), keeps cookies by hand whatever their Secure flag (as <c>curl -b</c>
/// does), follows no redirect, and fills a form from the served HTML, antiforgery token included.
/// </summary>
internal sealed class Curl : IDisposable
{
    private static readonly HtmlParser Parser = new();
    private readonly HttpClient _http;
    private readonly Dictionary<string, string> _cookies = new(StringComparer.Ordinal);

    public Curl(TestAppFactory app)
    {
        _http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = app.ServerAddress };
    }

    public bool HasCookie(string name) => _cookies.ContainsKey(name);

    /// <summary>Stops sending a cookie, e.g. the sign-in cookie a bot has no use for.</summary>
    public void Forget(string name) => _cookies.Remove(name);

    public async Task<HttpResponseMessage> GetAsync(string url, string? forwardedFor = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        return await SendAsync(request, forwardedFor);
    }

    /// <summary>The named form's fields as the page serves them (hidden ones included), to post again and again.</summary>
    public async Task<Dictionary<string, string>> FormAsync(string url, string formSelector = "form.form-card")
    {
        using var response = await GetAsync(url);
        var page = await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());
        var form = page.QuerySelector(formSelector) ?? throw new InvalidOperationException($"No form '{formSelector}' on {url}.");
        return form.QuerySelectorAll("input[name]")
            .Where(e => e.GetAttribute("type") is not ("checkbox" or "submit" or "file"))
            .ToDictionary(e => e.GetAttribute("name")!, e => e.GetAttribute("value") ?? string.Empty);
    }

    public async Task<HttpResponseMessage> PostAsync(string url, IReadOnlyDictionary<string, string> fields, string? forwardedFor = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(url, UriKind.Relative)) { Content = new FormUrlEncodedContent(fields) };
        return await SendAsync(request, forwardedFor);
    }

    public void Dispose() => _http.Dispose();

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, string? forwardedFor)
    {
        if (_cookies.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}")));
        }

        if (forwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        }

        var response = await _http.SendAsync(request);
        if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
        {
            foreach (var pair in setCookies.Select(c => c.Split(';')[0].Split('=', 2)))
            {
                _cookies[pair[0]] = pair[1];
            }
        }

        return response;
    }
}
