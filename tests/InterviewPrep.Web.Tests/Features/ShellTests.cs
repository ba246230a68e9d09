namespace InterviewPrep.Web.Tests.Features;

public sealed class ShellTests(TestAppFactory factory) : IClassFixture<TestAppFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task HomePageRendersWithTheMainNavigation()
    {
        var (response, page) = await HtmlPage.GetAsync(_client, "/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Be ready for the follow-up", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        var nav = page.QuerySelectorAll("nav[aria-label=Main] a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal(["Principles", "Examples", "Questions", "My stories", "Practice"], nav);
        var footer = page.QuerySelectorAll("footer a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Contains("Privacy", footer);
        Assert.Contains("Cookie settings", footer);
    }

    [Fact]
    public async Task AVisitorIsOfferedBothSignInAndCreateAccountInTheHeader()
    {
        var (_, page) = await HtmlPage.GetAsync(_client, "/");

        var account = page.QuerySelectorAll("header .account-nav a").ToDictionary(a => a.TextContent.Trim(), a => a.GetAttribute("href"));
        Assert.Equal("Account/Login", account["Sign in"]);
        Assert.Equal("Account/Register", account["Create account"]);
    }

    [Fact]
    public async Task EveryNavigationAndFooterLinkAnswersOk()
    {
        var (_, page) = await HtmlPage.GetAsync(_client, "/");
        var links = page.QuerySelectorAll("header a, footer a")
            .Select(a => a.GetAttribute("href")!)
            .Where(href => !href.StartsWith('#'))
            .Distinct()
            .ToList();

        Assert.True(links.Count >= 9, "Expected the header and footer links, found: " + string.Join(", ", links));
        foreach (var href in links)
        {
            var response = await _client.GetAsync(new Uri("/" + href.TrimStart('/'), UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{href} answered {(int)response.StatusCode}");
        }
    }

    [Theory]
    [InlineData("/no-such-page")]
    [InlineData("/principles/no-such-principle")]
    [InlineData("/examples/no-such-example")]
    [InlineData("/guides/no-such-guide")]
    public async Task UnknownAddressesGetTheFriendlyNotFoundPage(string url)
    {
        var (response, page) = await HtmlPage.GetAsync(_client, url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("We could not find that page", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("nav[aria-label=Main]"));
    }

    [Fact]
    public async Task TheHealthEndpointTellsAVisitorOnlyTheStatusWord()
    {
        var response = await _client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}
