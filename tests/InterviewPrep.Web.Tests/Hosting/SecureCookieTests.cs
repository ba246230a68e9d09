using Microsoft.AspNetCore.Mvc.Testing;

namespace InterviewPrep.Web.Tests.Hosting;

/// <summary>
/// Behind TLS at the proxy the app may see plain HTTP. Outside Development every cookie it sets is Secure all the
/// same, so a browser never sends the sign-in, antiforgery or consent cookie over an unencrypted connection.
/// </summary>
public sealed class SecureCookieTests
{
    [Fact]
    public async Task OverPlainHttpInProductionTheAntiforgerySignInAndConsentCookiesAreAllSecure()
    {
        using var app = new TestAppFactory(useKestrel: false, environment: "Production");
        var jar = new SetCookieJar();
        using var http = app.CreateDefaultClient(new Uri("http://localhost"), jar);
        var client = new FormClient(app, http);

        await client.RegisterAsync($"secure-{Guid.NewGuid():N}@example.com");
        await client.SubmitAsync("/", "section.consent-banner form", new Dictionary<string, string> { ["choice"] = "reject" });

        Assert.Contains(jar.Names, n => n.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal));
        Assert.Contains("InterviewPrep.Auth", jar.Names);
        Assert.Contains("InterviewPrep.Consent", jar.Names);
        Assert.All(jar.SetCookies, c => Assert.Contains("; secure", c, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task InDevelopmentOverPlainHttpTheCookiesFollowTheRequest()
    {
        using var app = new TestAppFactory(useKestrel: false, environment: "Development");
        var jar = new SetCookieJar();
        using var http = app.CreateDefaultClient(new Uri("http://localhost"), jar);

        await http.GetAsync(new Uri("/Account/Login", UriKind.Relative));

        var antiforgery = Assert.Single(jar.SetCookies, c => c.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal));
        Assert.DoesNotContain("secure", antiforgery, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Keeps every cookie whatever its Secure flag, as curl does, and remembers each Set-Cookie line.</summary>
    private sealed class SetCookieJar : DelegatingHandler
    {
        private readonly Dictionary<string, string> _cookies = new(StringComparer.Ordinal);

        public List<string> SetCookies { get; } = [];

        public IEnumerable<string> Names => _cookies.Keys;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (_cookies.Count > 0)
            {
                request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}")));
            }

            var response = await base.SendAsync(request, cancellationToken);
            if (response.Headers.TryGetValues("Set-Cookie", out var lines))
            {
                foreach (var line in lines)
                {
                    SetCookies.Add(line);
                    var pair = line.Split(';')[0].Split('=', 2);
                    _cookies[pair[0]] = pair[1];
                }
            }

            return response;
        }
    }
}
