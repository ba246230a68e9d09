namespace InterviewPrep.Web.Tests.Components.Account;

/// <summary>
/// Open redirects: a link to the real sign-in page whose return URL sends the visitor, once signed in, to a
/// look-alike site. Every redirect to an address the visitor supplies must stay on this site.
/// </summary>
public sealed class OpenRedirectTests(TestAppFactory factory) : IClassFixture<TestAppFactory>
{

    /// <summary>Return URLs as the server receives them, after the query string's own decoding.</summary>
    public static TheoryData<string> OffSiteReturnUrls =>
    [
        "//evil.example",
        "//evil.example/stories",
        "/\\evil.example",
        "\\\\evil.example",
        "http://localhost///evil.example/",
        "https://localhost///evil.example/",
        "http://localhost/stories",
        "https://evil.example/",
        "%2F%2Fevil.example",
        "/%5Cevil",
        "/%2F/evil.example",
        "/\t/evil.example",
        "javascript:alert(1)",
        "~//evil.example",
    ];

    [Theory]
    [MemberData(nameof(OffSiteReturnUrls))]
    public async Task SigningInNeverRedirectsOffSite(string returnUrl)
    {
        var email = await RegisteredUserAsync();
        var client = new FormClient(factory);

        var response = await client.SubmitAsync(LoginUrl(returnUrl), "form.form-card", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = FormClient.Password,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        AssertOnSite(response, "/stories");
    }

    [Theory]
    [MemberData(nameof(OffSiteReturnUrls))]
    public async Task RegisteringNeverRedirectsOffSite(string returnUrl)
    {
        var client = new FormClient(factory);

        var response = await client.SubmitAsync($"/Account/Register?ReturnUrl={Uri.EscapeDataString(returnUrl)}", "form.form-card", new Dictionary<string, string>
        {
            ["Input.Email"] = $"redirect-{Guid.NewGuid():N}@example.com",
            ["Input.Password"] = FormClient.Password,
            ["Input.ConfirmPassword"] = FormClient.Password,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        AssertOnSite(response, "/stories");
    }

    [Theory]
    [MemberData(nameof(OffSiteReturnUrls))]
    public async Task SigningOutNeverRedirectsOffSite(string returnUrl)
    {
        var client = new FormClient(factory);
        await client.RegisterAsync($"logout-{Guid.NewGuid():N}@example.com");

        var response = await client.SubmitAsync("/Account/Manage", "form[action='Account/Logout']", new Dictionary<string, string> { ["returnUrl"] = returnUrl });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        AssertOnSite(response, "/");
    }

    [Theory]
    [MemberData(nameof(OffSiteReturnUrls))]
    public async Task TheConsentFormNeverRedirectsOffSite(string returnUrl)
    {
        using var visitor = new Visitor(factory);

        var response = await visitor.SubmitAsync("/", "section.consent-banner form", new Dictionary<string, string> { ["choice"] = "reject", ["returnUrl"] = returnUrl });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        AssertOnSite(response, "/");
    }

    [Theory]
    [InlineData("/practice", "/practice")]
    [InlineData("/admin/analytics?from=2026-01-01", "/admin/analytics")]
    [InlineData("~/stories/new", "/stories/new")]
    public async Task ALocalReturnUrlIsFollowed(string returnUrl, string expectedPath)
    {
        var email = await RegisteredUserAsync();
        var client = new FormClient(factory);

        var response = await client.SubmitAsync(LoginUrl(returnUrl), "form.form-card", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = FormClient.Password,
        });

        AssertOnSite(response, expectedPath);
    }

    [Fact]
    public async Task APageThatNeedsSignInSendsItsOwnPathAsTheReturnUrl()
    {
        var client = new FormClient(factory);

        var response = await client.Http.GetAsync(new Uri("/stories/new", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("ReturnUrl=%2Fstories%2Fnew", response.Headers.Location!.Query, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(OffSiteReturnUrls))]
    public void TheSharedCheckRefusesEveryOffSiteForm(string url) => Assert.False(LocalUrl.IsLocal(url));

    [Theory]
    [InlineData("/")]
    [InlineData("/stories")]
    [InlineData("/search?q=%2F%2Fnot-a-host")]
    [InlineData("~/")]
    [InlineData("~/stories")]
    public void TheSharedCheckAcceptsPathsOnThisSite(string url) => Assert.True(LocalUrl.IsLocal(url));

    private static string LoginUrl(string returnUrl) => $"/Account/Login?ReturnUrl={Uri.EscapeDataString(returnUrl)}";

    private void AssertOnSite(HttpResponseMessage response, string expectedPath)
    {
        var site = factory.ClientOptions.BaseAddress;
        var location = response.Headers.Location!;
        var raw = location.OriginalString;
        var target = new Uri(site, location);
        Assert.False(raw.StartsWith("//", StringComparison.Ordinal) || raw.StartsWith("/\\", StringComparison.Ordinal), $"Location '{raw}' is protocol-relative.");
        Assert.Equal(site.Authority, target.Authority);
        Assert.Equal(site.Scheme, target.Scheme);
        Assert.Equal(expectedPath, target.AbsolutePath);
    }

    private async Task<string> RegisteredUserAsync()
    {
        var email = $"return-{Guid.NewGuid():N}@example.com";
        await new FormClient(factory).RegisterAsync(email);
        return email;
    }
}
