using System.Text.RegularExpressions;

namespace InterviewPrep.Web.Tests.Hosting;

public sealed partial class SecurityHeadersTests(TestAppFactory factory) : IClassFixture<TestAppFactory>
{
    private readonly HttpClient _client = factory.CreateClient(new() { AllowAutoRedirect = false });

    [Theory]
    [InlineData("/")]
    [InlineData("/principles/dive-deep")]
    [InlineData("/Account/Login")]
    [InlineData("/app.css")]
    [InlineData("/_framework/blazor.web.js")]
    [InlineData("/no-such-page")]
    [InlineData("/no-such-file.js")]
    [InlineData("/healthz")]
    public async Task EveryKindOfResponseCarriesTheSecurityHeaders(string url)
    {
        var response = await _client.GetAsync(new Uri(url, UriKind.Relative));

        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task ARefusedPostAndARedirectCarryTheSecurityHeadersToo()
    {
        using var refused = await _client.PostAsync(new Uri("/consent", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string> { ["choice"] = "accept" }));
        using var redirect = await _client.GetAsync(new Uri("/admin/analytics", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        AssertSecurityHeaders(refused);
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        AssertSecurityHeaders(redirect);
    }

    [Fact]
    public async Task ThePolicyAllowsOnlyThisOriginAndTheImportMapsNonceWhichChangesOnEveryPage()
    {
        var (first, page) = await HtmlPage.GetAsync(_client, "/");
        var (second, _) = await HtmlPage.GetAsync(_client, "/");

        var policy = Policy(first);
        var nonce = NonceIn().Match(policy).Groups[1].Value;
        Assert.NotEmpty(nonce);
        Assert.Equal(nonce, page.QuerySelector("script[type=importmap]")!.GetAttribute("nonce"));
        Assert.NotEqual(nonce, NonceIn().Match(Policy(second)).Groups[1].Value);
        Assert.All(page.QuerySelectorAll("script:not([type=importmap])"), s => Assert.False(string.IsNullOrEmpty(s.GetAttribute("src")), "An inline script: " + s.OuterHtml));
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self' 'nonce-", policy, StringComparison.Ordinal);
        Assert.Contains("style-src 'self';", policy, StringComparison.Ordinal);
        foreach (var directive in new[]
        {
            "default-src 'self'", "connect-src 'self'", "img-src 'self' data:", "media-src 'self' blob:", "frame-ancestors 'none'",
            "form-action 'self'", "base-uri 'self'", "object-src 'none'",
        })
        {
            Assert.Contains(directive, policy, StringComparison.Ordinal);
        }
    }

    internal static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        var request = response.RequestMessage?.RequestUri;
        Assert.True(response.Headers.Contains("Content-Security-Policy"), $"{request} answered {(int)response.StatusCode} without a CSP.");
        Assert.Contains("frame-ancestors 'none'", Policy(response), StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Equal("microphone=(self), camera=(), geolocation=()", Assert.Single(response.Headers.GetValues("Permissions-Policy")));
    }

    private static string Policy(HttpResponseMessage response) => Assert.Single(response.Headers.GetValues("Content-Security-Policy"));

    [GeneratedRegex("'nonce-([A-Za-z0-9+/=]+)'")]
    private static partial Regex NonceIn();
}
