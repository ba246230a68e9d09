using InterviewPrep.Web.Services;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace InterviewPrep.E2E;

/// <summary>
/// The consent banner and the analytics it gates, in real Chromium with a fresh profile per test, proven by reading
/// the app's database and the browser's cookie jar. Browser tests run one at a time, so each counts the page-view
/// rows its own browsing added.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class ConsentFlowTests(BrowserFixture fixture)
{
    /// <summary>The fence client's user agent names no browser, so its views are stored as "Other".</summary>
    private const string FenceAgent = "InterviewPrepFence";
    private const string FenceBrowser = "Other";

    private static readonly string[] EssentialCookiePrefixes = [".AspNetCore.Antiforgery.", "InterviewPrep.Consent"];

    [Fact]
    public async Task BeforeAChoiceNothingIsCountedAndOnlyEssentialCookiesAreSet()
    {
        var page = await fixture.NewPageAsync();
        var before = PageViews(fixture.App);

        await page.GotoAsync("/");
        var banner = new ConsentBanner(page);
        await Expect(banner.Region).ToBeVisibleAsync();
        await new SiteChrome(page).NavigateAsync("Principles");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Leadership principles");
        await page.GotoAsync("guides/star-method");

        await Expect(banner.Region).ToBeVisibleAsync();
        await banner.Customize.ClickAsync();
        await Expect(banner.NecessaryBox).ToBeCheckedAsync();
        await Expect(banner.NecessaryBox).ToBeDisabledAsync();
        await Expect(banner.AnalyticsBox).Not.ToBeCheckedAsync();
        await AssertNoRowsAddedAsync(fixture.App, before);
        var cookies = await CookieNamesAsync(page);
        Assert.DoesNotContain("InterviewPrep.Consent", cookies);
        Assert.All(cookies, name => Assert.StartsWith(".AspNetCore.Antiforgery.", name, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AfterAcceptAllPageViewsAreCountedIncludingEnhancedNavigation()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/");
        var before = PageViews(fixture.App);

        await new ConsentBanner(page).ChooseAsync(new ConsentBanner(page).AcceptAll);
        await WaitForRowsAsync(fixture.App, before + 1);
        await new SiteChrome(page).NavigateAsync("Questions");
        await Expect(page.Locator("h1")).ToContainTextAsync("question", new() { IgnoreCase = true });

        await WaitForRowsAsync(fixture.App, before + 2);
        var latest = LatestPaths(fixture.App, 2);
        Assert.Equal(["/questions", "/"], latest);
        Assert.StartsWith("1.1.0.", await CookieValueAsync(page, "InterviewPrep.Consent"), StringComparison.Ordinal);
        Assert.All(await CookieNamesAsync(page), name => Assert.Contains(EssentialCookiePrefixes, prefix => name.StartsWith(prefix, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task AfterRejectAllNothingIsCounted()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("principles");
        var before = PageViews(fixture.App);

        await new ConsentBanner(page).ChooseAsync(new ConsentBanner(page).RejectAll);
        await new SiteChrome(page).NavigateAsync("Examples");
        await page.GotoAsync("guides");

        await AssertNoRowsAddedAsync(fixture.App, before);
        Assert.StartsWith("1.0.0.", await CookieValueAsync(page, "InterviewPrep.Consent"), StringComparison.Ordinal);
        Assert.All(await CookieNamesAsync(page), name => Assert.Contains(EssentialCookiePrefixes, prefix => name.StartsWith(prefix, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task WithTheGpcHeaderNothingIsCountedUntilTheVisitorOptsInThemselves()
    {
        var page = await fixture.NewPageAsync(390, 844, options => options.ExtraHTTPHeaders = new Dictionary<string, string> { ["Sec-GPC"] = "1" });
        var banner = new ConsentBanner(page);
        var before = PageViews(fixture.App);

        await page.GotoAsync("/");
        await Expect(banner.GpcNote).ToContainTextAsync("Global Privacy Control");
        await page.ScreenshotAsync(new() { Path = Screenshot("consent-banner-gpc-390.png") });
        await new SiteChrome(page).NavigateAsync("Principles");
        await page.GotoAsync("guides/star-method");
        await AssertNoRowsAddedAsync(fixture.App, before);

        await banner.Customize.ClickAsync();
        await banner.AnalyticsBox.CheckAsync();
        await banner.ChooseAsync(banner.SaveChoices);

        await WaitForRowsAsync(fixture.App, before + 1);
        Assert.Equal(["/guides/star-method"], LatestPaths(fixture.App, 1));
    }

    [Fact]
    public async Task AfterWithdrawingFromCookieSettingsCountingStopsAndAnalyticsCookiesAreDeleted()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/");
        await new ConsentBanner(page).ChooseAsync(new ConsentBanner(page).AcceptAll);
        var host = fixture.BaseAddress.Host;
        await page.Context.AddCookiesAsync([new Cookie { Name = "_ga", Value = "GA1.1.111.222", Domain = host, Path = "/" }]);

        var settings = new CookieSettingsPage(page);
        await settings.OpenFromFooterAsync();
        await Expect(settings.Status).ToContainTextAsync("Analytics are on");
        await Expect(settings.AnalyticsBox).ToBeCheckedAsync();
        await ConsentBanner.PostAsync(page, () => settings.Withdraw.ClickAsync());

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Analytics are off");
        await Expect(settings.AnalyticsBox).Not.ToBeCheckedAsync();
        Assert.DoesNotContain("_ga", await CookieNamesAsync(page));
        var before = PageViews(fixture.App);
        await new SiteChrome(page).NavigateAsync("Examples");
        await page.GotoAsync("principles/ownership");
        await AssertNoRowsAddedAsync(fixture.App, before);
        Assert.Equal("Withdraw", LatestDecision(fixture.App));
    }

    [Fact]
    public async Task RaisingThePolicyRevisionShowsTheBannerAgain()
    {
        // A second app on the same host with revision 2: the browser sends it the cookie saved under revision 1.
        await using var revised = new TestAppFactory(useKestrel: true, settings: new Dictionary<string, string?> { ["Consent:Revision"] = "2" });
        var revisedAddress = revised.ServerAddress;
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/");
        await new ConsentBanner(page).ChooseAsync(new ConsentBanner(page).AcceptAll);

        await page.GotoAsync(new Uri(revisedAddress, "principles").ToString());

        var banner = new ConsentBanner(page);
        await Expect(banner.Region).ToBeVisibleAsync();
        await Expect(banner.Region).ToContainTextAsync("changed since you last chose");
        await AssertNoRowsAddedAsync(revised, 0);

        await banner.ChooseAsync(banner.AcceptAll);
        Assert.StartsWith("2.1.0.", await CookieValueAsync(page, "InterviewPrep.Consent"), StringComparison.Ordinal);
        await WaitForRowsAsync(revised, 1);
    }

    [Fact]
    public async Task TheBannerWorksWithoutJavaScriptAndFromTheKeyboard()
    {
        var page = await fixture.NewPageAsync(configure: options => options.JavaScriptEnabled = false);
        await page.GotoAsync("examples");
        var banner = new ConsentBanner(page);

        var reachedAccept = false;
        for (var i = 0; i < 6 && !reachedAccept; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            reachedAccept = await page.EvaluateAsync<string>("() => document.activeElement?.textContent?.trim() ?? ''") == "Accept all";
        }

        Assert.True(reachedAccept, "Accept all should be among the first stops of the keyboard.");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Reject all", await page.EvaluateAsync<string>("() => document.activeElement.textContent.trim()"));
        await ConsentBanner.PostAsync(page, () => page.Keyboard.PressAsync("Enter"));

        await Expect(banner.Region).ToBeHiddenAsync();
        Assert.EndsWith("/examples", page.Url, StringComparison.Ordinal);
        Assert.StartsWith("1.0.0.", await CookieValueAsync(page, "InterviewPrep.Consent"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task TheBannerSitsInThePageFlowAndLeavesTheContentVisible(int width)
    {
        var page = await fixture.NewPageAsync(width, width > 500 ? 800 : 844);
        await page.GotoAsync("/");
        var banner = new ConsentBanner(page);
        await Expect(banner.Region).ToBeVisibleAsync();

        Assert.Equal("static", await banner.Region.EvaluateAsync<string>("e => getComputedStyle(e).position"));
        var bannerBox = (await banner.Region.BoundingBoxAsync())!;
        var headingBox = (await page.Locator("h1").BoundingBoxAsync())!;
        Assert.True(headingBox.Y >= bannerBox.Y + bannerBox.Height, "The page heading should start below the banner, not under it.");
        Assert.True(bannerBox.Height < 0.6 * (width > 500 ? 800 : 844), $"The banner takes {bannerBox.Height}px of the screen.");
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"The page is {overflow}px wider than a {width}px screen.");
        await page.ScreenshotAsync(new() { Path = Screenshot($"consent-banner-{width}.png") });

        await banner.Customize.ClickAsync();
        await Expect(banner.AnalyticsBox).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Screenshot($"consent-customize-{width}.png") });

        await page.GotoAsync("cookies");
        await page.ScreenshotAsync(new() { Path = Screenshot($"cookie-settings-{width}.png"), FullPage = true });
    }

    internal static string Screenshot(string name) => Path.Combine(BrowserFixture.ScreenshotFolder, name);

    internal static long PageViews(TestAppFactory app)
    {
        using var db = app.OpenDatabase();
        using var command = db.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM PageViews WHERE Browser <> '{FenceBrowser}'";
        return (long)command.ExecuteScalar()!;
    }

    private static long FenceViews(TestAppFactory app)
    {
        using var db = app.OpenDatabase();
        using var command = db.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM PageViews WHERE Browser = '{FenceBrowser}'";
        return (long)command.ExecuteScalar()!;
    }

    private static List<string> LatestPaths(TestAppFactory app, int count)
    {
        using var db = app.OpenDatabase();
        using var command = db.CreateCommand();
        command.CommandText = $"SELECT Path FROM PageViews WHERE Browser <> '{FenceBrowser}' ORDER BY Id DESC LIMIT {count}";
        using var reader = command.ExecuteReader();
        var paths = new List<string>();
        while (reader.Read())
        {
            paths.Add(reader.GetString(0));
        }

        return paths;
    }

    private static string LatestDecision(TestAppFactory app)
    {
        using var db = app.OpenDatabase();
        using var command = db.CreateCommand();
        command.CommandText = "SELECT Action FROM ConsentRecords ORDER BY Id DESC LIMIT 1";
        return (string)command.ExecuteScalar()!;
    }

    /// <summary>A view is written just after its page is sent, so wait for the write to land.</summary>
    private static async Task WaitForRowsAsync(TestAppFactory app, long expected)
    {
        await Eventually.TrueAsync(() => PageViews(app) >= expected, $"{expected} page views");
        Assert.Equal(expected, PageViews(app));
    }

    /// <summary>
    /// Proves an absence against a fence rather than a pause: a view from another client that has said yes, sent
    /// after the views that must not count. Views are written in the order their requests finish, before each
    /// response ends, so once the fence's row is in, any row for the earlier views would be in too.
    /// </summary>
    private static async Task AssertNoRowsAddedAsync(TestAppFactory app, long before)
    {
        var fences = FenceViews(app);
        using var client = new HttpClient { BaseAddress = app.ServerAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/guides");
        request.Headers.UserAgent.ParseAdd($"{FenceAgent}/1.0");
        var consentId = Guid.NewGuid().ToString("N");
        var revision = app.Services.GetRequiredService<IOptions<ConsentOptions>>().Value.Revision;
        request.Headers.Add("Cookie", $"InterviewPrep.Consent={revision}.1.0.{consentId}.{DateTimeOffset.UtcNow.ToUnixTimeSeconds()}");
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();

        await Eventually.TrueAsync(() => FenceViews(app) > fences, "the fence's page view");
        Assert.Equal(before, PageViews(app));
    }

    private static async Task<List<string>> CookieNamesAsync(IPage page) =>
        (await page.Context.CookiesAsync()).Select(c => c.Name).ToList();

    private static async Task<string?> CookieValueAsync(IPage page, string name) =>
        (await page.Context.CookiesAsync()).FirstOrDefault(c => c.Name == name)?.Value;
}
