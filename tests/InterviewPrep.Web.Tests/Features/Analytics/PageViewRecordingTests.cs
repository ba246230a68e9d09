namespace InterviewPrep.Web.Tests.Features.Analytics;

/// <summary>Tests in one class run one after another, so each counts the rows its own requests added.</summary>
public sealed class PageViewRecordingTests(TestAppFactory factory) : IClassFixture<TestAppFactory>
{
    [Theory]
    [InlineData(null)]
    [InlineData("reject")]
    public async Task NothingIsCountedBeforeAChoiceOrAfterRejecting(string? choice)
    {
        using var visitor = new Visitor(factory);
        if (choice is not null)
        {
            await visitor.ChooseAsync(choice);
        }

        var before = Db.Count(factory, "PageViews");

        await visitor.GetAsync("/");
        await visitor.GetAsync("/examples");

        Assert.Equal(before, Db.Count(factory, "PageViews"));
    }

    [Fact]
    public async Task AfterAcceptingPagesAndEnhancedNavigationsAreCounted()
    {
        using var visitor = new Visitor(factory);
        await visitor.ChooseAsync("accept");
        var before = Db.Count(factory, "PageViews", "Path = '/questions'");

        await visitor.GetAsync("/questions");
        using var enhanced = new HttpRequestMessage(HttpMethod.Get, new Uri("/questions", UriKind.Relative));
        enhanced.Headers.Add("blazor-enhanced-nav", "on");
        var response = await visitor.Client.SendAsync(enhanced);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(before + 2, Db.Count(factory, "PageViews", "Path = '/questions'"));
        var row = Db.Rows(factory, "SELECT * FROM PageViews WHERE Path = '/questions' ORDER BY Id DESC LIMIT 1").Single();
        Assert.Equal("Chrome", row["Browser"]);
        Assert.Matches("^[0-9a-f]{32}$", (string)row["VisitorId"]!);
        Assert.Equal(DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), row["Day"]);
        Assert.Null(row["ReferrerHost"]);
    }

    [Fact]
    public async Task OnlyAnotherSitesHostIsKeptAsTheReferrer()
    {
        using var visitor = new Visitor(factory);
        await visitor.ChooseAsync("accept");

        await Get(visitor, "/guides/star-method", "https://www.example.org/some/private/path?q=secret");
        await Get(visitor, "/guides/quantifying-results", "http://localhost/guides");

        var rows = Db.Rows(factory, "SELECT Path, ReferrerHost FROM PageViews WHERE Path LIKE '/guides/%' ORDER BY Id");
        Assert.Contains(rows, r => (string)r["Path"]! == "/guides/star-method" && (string?)r["ReferrerHost"] == "www.example.org");
        Assert.Contains(rows, r => (string)r["Path"]! == "/guides/quantifying-results" && r["ReferrerHost"] is null);
    }

    [Fact]
    public async Task AGpcSignalOverridesAnEarlierYesUntilTheVisitorOptsInAgainUnderIt()
    {
        using var visitor = new Visitor(factory);
        await visitor.ChooseAsync("accept");
        using var withGpc = new Visitor(factory, sendsGpc: true);
        foreach (Cookie cookie in visitor.Cookies.GetCookies(Visitor.BaseAddress))
        {
            withGpc.Cookies.Add(Visitor.BaseAddress, cookie);
        }

        var before = Db.Count(factory, "PageViews");
        await withGpc.GetAsync("/principles/ownership");
        Assert.Equal(before, Db.Count(factory, "PageViews"));

        await withGpc.ChooseAsync("customize", "/cookies", analyticsTicked: true);
        await withGpc.GetAsync("/principles/ownership");

        Assert.Equal(before + 1, Db.Count(factory, "PageViews"));
        Assert.Equal(1L, Db.Rows(factory, "SELECT GlobalPrivacyControl FROM ConsentRecords ORDER BY Id DESC LIMIT 1").Single()["GlobalPrivacyControl"]);
    }

    [Fact]
    public async Task AssetsHealthChecksErrorsRedirectsAndPostsAreNotCounted()
    {
        using var visitor = new Visitor(factory);
        await visitor.ChooseAsync("accept");
        var before = Db.Count(factory, "PageViews");

        await visitor.Client.GetAsync(new Uri("/app.css", UriKind.Relative));
        await visitor.Client.GetAsync(new Uri("/favicon.png", UriKind.Relative));
        await visitor.Client.GetAsync(new Uri("/healthz", UriKind.Relative));
        await visitor.Client.GetAsync(new Uri("/.well-known/gpc.json", UriKind.Relative));
        var missing = await visitor.Client.GetAsync(new Uri("/no-such-page", UriKind.Relative));
        var redirect = await visitor.Client.GetAsync(new Uri("/Account/Manage", UriKind.Relative));
        await visitor.ChooseAsync("accept", "/cookies");
        before += 1; // Loading the settings page to post its form is itself a counted view.

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.Equal(before, Db.Count(factory, "PageViews"));
    }

    [Fact]
    public async Task CrawlersAreNotCounted()
    {
        using var visitor = new Visitor(factory);
        await visitor.ChooseAsync("accept");
        var before = Db.Count(factory, "PageViews");
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/", UriKind.Relative));
        request.Headers.UserAgent.Clear();
        request.Headers.UserAgent.ParseAdd("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)");

        await visitor.Client.SendAsync(request);

        Assert.Equal(before, Db.Count(factory, "PageViews"));
    }

    [Fact]
    public async Task PageViewsHoldNoAddressOrUserAgentAndOnlyTodaysSaltIsKept()
    {
        using var visitor = new Visitor(factory);
        await visitor.ChooseAsync("accept");
        await visitor.GetAsync("/");

        using var db = factory.OpenDatabase();
        Assert.Equal(["Id", "OccurredAt", "Day", "Path", "ReferrerHost", "Browser", "VisitorId"], Db.Columns(db, "PageViews"));
        var salts = Db.Rows(factory, "SELECT Day FROM AnalyticsSalts");
        Assert.Equal(DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Assert.Single(salts)["Day"]);
    }

    private static async Task Get(Visitor visitor, string path, string referrer)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Referrer = new Uri(referrer);
        var response = await visitor.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
