using Microsoft.Extensions.Options;

namespace InterviewPrep.Web.Tests.Features.Consent;

public sealed class ConsentTests(TestAppFactory factory) : IClassFixture<TestAppFactory>
{
    private const string ConsentCookie = "InterviewPrep.Consent";

    [Fact]
    public async Task AFirstVisitShowsTheBannerWithAcceptAndRejectAsEqualButtonsAndNothingTicked()
    {
        using var visitor = new Visitor(factory);

        var (response, page) = await visitor.GetAsync("/principles");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var banner = page.QuerySelector("section.consent-banner")!;
        Assert.NotNull(banner);
        var form = banner.QuerySelector("form")!;
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.Equal("/principles", form.QuerySelector("input[name=returnUrl]")!.GetAttribute("value"));
        Assert.NotNull(form.QuerySelector("input[name=__RequestVerificationToken]"));

        var firstLayer = form.QuerySelectorAll(".consent-actions button").ToList();
        Assert.Equal(["Accept all", "Reject all"], firstLayer.Select(b => b.TextContent.Trim()));
        Assert.Equal(firstLayer[0].GetAttribute("class"), firstLayer[1].GetAttribute("class"));

        var necessary = form.QuerySelector("#banner-necessary")!;
        Assert.True(necessary.HasAttribute("checked") && necessary.HasAttribute("disabled"));
        Assert.False(form.QuerySelector("#banner-analytics")!.HasAttribute("checked"));
        Assert.Equal("Customize", form.QuerySelector("details > summary")!.TextContent.Trim());
        Assert.Null(banner.QuerySelector("[data-testid=gpc-note]"));
    }

    [Fact]
    public async Task AFirstVisitSetsOnlyTheEssentialAntiforgeryCookie()
    {
        using var visitor = new Visitor(factory);

        await visitor.GetAsync("/");
        await visitor.GetAsync("/guides");

        Assert.All(visitor.CookieNames, name => Assert.StartsWith(".AspNetCore.Antiforgery.", name, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AcceptingAllStoresTheChoiceLogsTheProofAndHidesTheBanner()
    {
        using var visitor = new Visitor(factory);

        var response = await visitor.ChooseAsync("accept", "/guides");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/guides", response.Headers.Location!.OriginalString);
        var setCookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(ConsentCookie, StringComparison.Ordinal));
        Assert.Contains("httponly", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("max-age=15552000", setCookie, StringComparison.OrdinalIgnoreCase);

        var parts = visitor.Cookie(ConsentCookie)!.Split('.');
        Assert.Equal("1", parts[0]);
        Assert.Equal("1", parts[1]);
        var record = Db.Rows(factory, $"SELECT * FROM ConsentRecords WHERE ConsentId = '{parts[3]}'").Single();
        Assert.Equal("Accept", record["Action"]);
        Assert.Equal("necessary,analytics", record["Granted"]);
        Assert.Equal(string.Empty, record["Refused"]);
        Assert.Equal(1L, record["Revision"]);
        Assert.Equal(0L, record["GlobalPrivacyControl"]);
        var decidedAt = DateTime.Parse((string)record["DecidedAt"]!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(decidedAt, DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow.AddMinutes(1));

        var (_, page) = await visitor.GetAsync("/guides");
        Assert.Null(page.QuerySelector("section.consent-banner"));
    }

    [Fact]
    public async Task TheConsentLogHoldsNoAddressOrAccount()
    {
        using var db = factory.OpenDatabase();

        var columns = Db.Columns(db, "ConsentRecords");

        Assert.Equal(["Id", "ConsentId", "DecidedAt", "Action", "Revision", "Granted", "Refused", "GlobalPrivacyControl"], columns);
    }

    [Theory]
    [InlineData("reject", false, "Reject", "necessary", "analytics")]
    [InlineData("customize", false, "Customize", "necessary", "analytics")]
    [InlineData("customize", true, "Customize", "necessary,analytics", "")]
    public async Task EachDecisionIsLoggedWithTheCategoriesGrantedAndRefused(string choice, bool analyticsTicked, string action, string granted, string refused)
    {
        using var visitor = new Visitor(factory);

        await visitor.ChooseAsync(choice, "/", analyticsTicked);

        var consentId = visitor.Cookie(ConsentCookie)!.Split('.')[3];
        var record = Db.Rows(factory, $"SELECT * FROM ConsentRecords WHERE ConsentId = '{consentId}'").Single();
        Assert.Equal(action, record["Action"]);
        Assert.Equal(granted, record["Granted"]);
        Assert.Equal(refused, record["Refused"]);
    }

    [Fact]
    public async Task WithdrawingFromCookieSettingsIsLoggedUnderTheSameConsentIdAndDeletesAnalyticsCookies()
    {
        using var visitor = new Visitor(factory);
        await visitor.ChooseAsync("accept");
        var consentId = visitor.Cookie(ConsentCookie)!.Split('.')[3];
        visitor.Cookies.Add(Visitor.BaseAddress, new Cookie("_ga", "GA1.1.12345.67890"));

        var (_, settings) = await visitor.GetAsync("/cookies");
        Assert.True(settings.QuerySelector("#settings-analytics")!.HasAttribute("checked"));
        Assert.NotNull(settings.QuerySelector("button[value=withdraw]"));
        var response = await visitor.ChooseAsync("withdraw", "/cookies");

        Assert.Equal("/cookies?saved=1", response.Headers.Location!.OriginalString);
        Assert.DoesNotContain("_ga", visitor.CookieNames);
        Assert.Equal("0", visitor.Cookie(ConsentCookie)!.Split('.')[1]);
        var actions = Db.Rows(factory, $"SELECT Action FROM ConsentRecords WHERE ConsentId = '{consentId}' ORDER BY Id").Select(r => r["Action"]);
        Assert.Equal(["Accept", "Withdraw"], actions);

        var (_, after) = await visitor.GetAsync("/cookies?saved=1");
        Assert.Contains("Analytics are off", after.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.False(after.QuerySelector("#settings-analytics")!.HasAttribute("checked"));
        Assert.Null(after.QuerySelector("button[value=withdraw]"));
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("")]
    public async Task AReturnAddressOffThisSiteGoesHomeInstead(string returnUrl)
    {
        using var visitor = new Visitor(factory);

        var response = await visitor.SubmitAsync("/", "section.consent-banner form", new Dictionary<string, string>
        {
            ["choice"] = "reject",
            ["returnUrl"] = returnUrl,
        });

        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task AChoicePostedWithoutTheAntiforgeryTokenIsRefused()
    {
        using var visitor = new Visitor(factory);
        await visitor.GetAsync("/");
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["choice"] = "accept", ["returnUrl"] = "/" });

        var response = await visitor.Client.PostAsync(new Uri("/consent", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("form had expired", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(ConsentCookie, visitor.CookieNames);
    }

    [Fact]
    public async Task AnUnknownChoiceIsRefused()
    {
        using var visitor = new Visitor(factory);

        var response = await visitor.ChooseAsync("maybe");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task ABrowserSendingGpcIsToldTheSignalIsHonoured()
    {
        using var visitor = new Visitor(factory, sendsGpc: true);

        var (_, page) = await visitor.GetAsync("/");

        var note = page.QuerySelector("section.consent-banner [data-testid=gpc-note]")!;
        Assert.Contains("Global Privacy Control", note.TextContent, StringComparison.Ordinal);
        Assert.False(page.QuerySelector("#banner-analytics")!.HasAttribute("checked"));
    }

    [Fact]
    public async Task TheGpcSupportFileIsServed()
    {
        var response = await factory.CreateClient().GetAsync(new Uri("/.well-known/gpc.json", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        using var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(json.RootElement.GetProperty("gpc").GetBoolean());
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", json.RootElement.GetProperty("lastUpdate").GetString()!);
    }

    [Fact]
    public async Task AMalformedConsentCookieCountsAsNoChoice()
    {
        using var visitor = new Visitor(factory);
        visitor.Cookies.Add(Visitor.BaseAddress, new Cookie(ConsentCookie, "1.1.0.not-an-id.0"));

        var (_, page) = await visitor.GetAsync("/");

        Assert.NotNull(page.QuerySelector("section.consent-banner"));
    }

    [Fact]
    public async Task RaisingTheRevisionShowsTheBannerAgainAndSaysWhy()
    {
        using var revised = new TestAppFactory(useKestrel: false, settings: new Dictionary<string, string?> { ["Consent:Revision"] = "2" });
        using var visitor = new Visitor(revised);
        visitor.Cookies.Add(Visitor.BaseAddress, new Cookie(ConsentCookie, $"1.1.0.{new string('a', 32)}.1764000000"));

        var (_, before) = await visitor.GetAsync("/");
        Assert.NotNull(before.QuerySelector("section.consent-banner"));
        Assert.Contains("changed since you last chose", before.QuerySelector("section.consent-banner")!.TextContent, StringComparison.Ordinal);

        await visitor.ChooseAsync("reject");
        var (_, after) = await visitor.GetAsync("/");

        Assert.Null(after.QuerySelector("section.consent-banner"));
        Assert.StartsWith("2.0.", visitor.Cookie(ConsentCookie), StringComparison.Ordinal);
        Assert.Equal(1, Db.Count(revised, "ConsentRecords", $"ConsentId = '{new string('a', 32)}' AND Revision = 2"));
    }

    [Fact]
    public async Task TheSettingsPageShowsTheRetentionInEffectOnThisCopy()
    {
        using var custom = new TestAppFactory(useKestrel: false, settings: new Dictionary<string, string?>
        {
            ["Consent:CookieLifetimeDays"] = "90",
            ["Consent:Revision"] = "4",
        });
        using var visitor = new Visitor(custom);

        var (_, page) = await visitor.GetAsync("/cookies");

        Assert.Equal("90 days", page.QuerySelector("[data-testid=cookie-lifetime]")!.TextContent.Trim());
        Assert.Contains("180 days", page.QuerySelector(".in-effect")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("section.consent-banner"));
        Assert.NotNull(page.QuerySelector("h2#cookies-that-are-always-on, .prose h2"));
    }

    [Fact]
    public async Task WithAnalyticsSwitchedOffThereIsNoBannerAndNothingIsCounted()
    {
        using var quiet = new TestAppFactory(useKestrel: false, settings: new Dictionary<string, string?> { ["Analytics:Enabled"] = "false" });
        using var visitor = new Visitor(quiet);

        var (_, page) = await visitor.GetAsync("/");
        await visitor.ChooseAsync("accept", "/cookies");
        await visitor.GetAsync("/principles");

        Assert.Null(page.QuerySelector("section.consent-banner"));
        Assert.Equal(0, Db.Count(quiet, "PageViews"));
    }

    [Theory]
    [InlineData("Consent:Revision", "0")]
    [InlineData("Consent:CookieLifetimeDays", "500")]
    [InlineData("Consent:LogRetentionDays", "30")]
    [InlineData("Analytics:RetentionDays", "0")]
    [InlineData("Admin:Emails:0", "not-an-email")]
    public void InvalidSettingsStopTheAppAtStartup(string key, string value)
    {
        using var broken = new TestAppFactory(useKestrel: false, settings: new Dictionary<string, string?> { [key] = value });

        var error = Assert.ThrowsAny<Exception>(() => broken.CreateClient());

        Assert.IsType<OptionsValidationException>(error.GetBaseException());
    }
}
