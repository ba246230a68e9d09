using System.Security.Cryptography;
using InterviewPrep.Web.Components.Account;
using InterviewPrep.Web.Features.Analytics;
using InterviewPrep.Web.Hosting;
using Microsoft.AspNetCore.Identity;

namespace InterviewPrep.Web.Tests.Features.Analytics;

public sealed class AdminAppFactory() : IDisposable
{
    public const string AdminEmail = "owner@example.com";
    public const string LaterAdminEmail = "co-owner@example.com";
    public const string Password = "correct horse battery staple";

    public TestAppFactory App { get; } = new(useKestrel: false, settings: new Dictionary<string, string?>
    {
        ["Admin:Emails:0"] = AdminEmail,
        ["Admin:Emails:1"] = LaterAdminEmail,
        ["Admin:RequireTwoFactor"] = "false",
    });

    public void Dispose() => App.Dispose();
}

public sealed class AnalyticsDashboardTests(AdminAppFactory fixture) : IClassFixture<AdminAppFactory>
{
    private TestAppFactory Factory => fixture.App;

    [Theory]
    [InlineData("/admin/analytics")]
    [InlineData("/admin/analytics/export.csv")]
    public async Task AnonymousVisitorsAreSentToSignIn(string url)
    {
        using var visitor = new Visitor(Factory);

        var response = await visitor.Client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://localhost/Account/Login?ReturnUrl=", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/admin/analytics")]
    [InlineData("/admin/analytics/export.csv")]
    public async Task SignedInUsersWhoAreNotAdminsAreDenied(string url)
    {
        await CreateUserAsync("reader@example.com");
        using var visitor = new Visitor(Factory);
        await visitor.SignInAsync("reader@example.com", AdminAppFactory.Password);

        var response = await visitor.Client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://localhost/Account/AccessDenied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheConfiguredAdminGetsTheRoleOnSignInAndSeesTheDashboard()
    {
        await CreateUserAsync(AdminAppFactory.AdminEmail);
        await SeedAsync();
        using var visitor = new Visitor(Factory);
        await visitor.SignInAsync(AdminAppFactory.AdminEmail, AdminAppFactory.Password);

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var (response, page) = await visitor.GetAsync($"/admin/analytics?from={DateRange.Format(today.AddDays(-6))}&to={DateRange.Format(today)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Analytics", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("7", page.QuerySelector("[data-testid=total-views]")!.TextContent.Trim());
        Assert.Equal("6", page.QuerySelector("[data-testid=total-visitors]")!.TextContent.Trim());
        Assert.Equal(7, page.QuerySelectorAll("svg rect.bar").Length);
        Assert.Equal("/guides/star-method", page.QuerySelector("#top-pages + ol li .label")!.TextContent.Trim());
        Assert.Equal("news.ycombinator.com", page.QuerySelector("#top-referrers + ol li .label")!.TextContent.Trim());
        Assert.Contains("67%", page.QuerySelector("[data-testid=decision-accept]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("33%", page.QuerySelector("[data-testid=decision-reject]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("0%", page.QuerySelector("[data-testid=decision-customize]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("get", page.QuerySelector("form.range")!.GetAttribute("method"));
    }

    [Fact]
    public async Task AConfiguredAddressRegisteredWithoutConfirmationIsNotAnAdmin()
    {
        using var visitor = new Visitor(Factory);
        var registered = await visitor.SubmitAsync("/Account/Register", "main form", new Dictionary<string, string>
        {
            ["Input.Email"] = AdminAppFactory.LaterAdminEmail,
            ["Input.Password"] = AdminAppFactory.Password,
            ["Input.ConfirmPassword"] = AdminAppFactory.Password,
        });
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);

        var response = await visitor.Client.GetAsync(new Uri("/admin/analytics", UriKind.Relative));

        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheDateRangeFilterLimitsTheNumbers()
    {
        await CreateUserAsync(AdminAppFactory.AdminEmail);
        await SeedAsync();
        using var visitor = new Visitor(Factory);
        await visitor.SignInAsync(AdminAppFactory.AdminEmail, AdminAppFactory.Password);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        var (_, page) = await visitor.GetAsync($"/admin/analytics?from={DateRange.Format(today.AddDays(-400))}&to={DateRange.Format(today.AddDays(-300))}");

        Assert.Equal("0", page.QuerySelector("[data-testid=total-views]")!.TextContent.Trim());
        Assert.Equal(101, page.QuerySelectorAll("svg rect.bar").Length);
    }

    [Fact]
    public async Task TheCsvExportListsThePageViewsInTheRange()
    {
        await CreateUserAsync(AdminAppFactory.AdminEmail);
        await SeedAsync();
        using var visitor = new Visitor(Factory);
        await visitor.SignInAsync(AdminAppFactory.AdminEmail, AdminAppFactory.Password);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        var response = await visitor.Client.GetAsync(new Uri($"/admin/analytics/export.csv?from={DateRange.Format(today)}&to={DateRange.Format(today)}", UriKind.Relative));
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("attachment", response.Content.Headers.ContentDisposition!.ToString(), StringComparison.Ordinal);
        Assert.Equal("time_utc,day,path,referrer_host,browser,visitor_id", lines[0]);
        Assert.Contains(lines, l => l.Contains(",/guides/star-method,news.ycombinator.com,Firefox,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(",\"/odd,path\",", StringComparison.Ordinal));
        Assert.All(lines.Skip(1), l => Assert.StartsWith(DateRange.Format(today), l, StringComparison.Ordinal));
    }

    [Fact]
    public void CsvFieldsAreQuotedAndCannotRunAsFormulas()
    {
        Assert.Equal("/plain", AnalyticsExport.Field("/plain"));
        Assert.Equal("\"a,\"\"b\"\"\"", AnalyticsExport.Field("a,\"b\""));
        Assert.Equal("'=HYPERLINK(1)", AnalyticsExport.Field("=HYPERLINK(1)"));
        Assert.Equal(string.Empty, AnalyticsExport.Field(null));
    }

    [Fact]
    public async Task AConfiguredAdminWhoseConfirmedAccountExistsGetsTheRoleAtStartup()
    {
        var user = await CreateUserAsync(AdminAppFactory.AdminEmail);

        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            await ActivatorUtilities.CreateInstance<AdminStartup>(scope.ServiceProvider).StartAsync(CancellationToken.None);
        }

        await using var check = Factory.Services.CreateAsyncScope();
        var users = check.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        Assert.True(await users.IsInRoleAsync((await users.FindByIdAsync(user.Id))!, AccountExtensions.AdminRole));
    }

    [Fact]
    public async Task OtherAccountsNeverGetTheRole()
    {
        await CreateUserAsync("someone@example.com");
        using var visitor = new Visitor(Factory);
        await visitor.SignInAsync("someone@example.com", AdminAppFactory.Password);

        await using var scope = Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        Assert.False(await users.IsInRoleAsync((await users.FindByEmailAsync("someone@example.com"))!, AccountExtensions.AdminRole));
    }

    private async Task<ApplicationUser> CreateUserAsync(string email)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        if (await users.FindByEmailAsync(email) is { } existing)
        {
            return existing;
        }

        // Confirmed, as the owner would have by following the emailed link (or entering the setup code).
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true };
        var result = await users.CreateAsync(user, AdminAppFactory.Password);
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
        return user;
    }

    /// <summary>Seven page views by six visitor-days this week, and three decisions today. Seeded once per app.</summary>
    private async Task SeedAsync()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (db.PageViews.Any(p => p.Path == "/odd,path"))
        {
            return;
        }

        var now = DateTime.UtcNow;
        var visitorA = Id();
        var visitorB = Id();
        db.PageViews.AddRange(
            View(now, "/guides/star-method", "news.ycombinator.com", visitorA),
            View(now, "/guides/star-method", null, visitorA),
            View(now, "/odd,path", null, visitorB),
            View(now.AddDays(-1), "/guides/star-method", "news.ycombinator.com", Id()),
            View(now.AddDays(-1), "/principles", null, Id()),
            View(now.AddDays(-3), "/principles", "duckduckgo.com", Id()),
            View(now.AddDays(-3), "/guides/star-method", null, null));
        foreach (var (action, granted) in new[] { (ConsentAction.Accept, true), (ConsentAction.Accept, true), (ConsentAction.Reject, false) })
        {
            db.ConsentRecords.Add(new ConsentRecord
            {
                ConsentId = Id(),
                DecidedAt = now,
                Action = action,
                Revision = 1,
                Granted = granted ? "necessary,analytics" : "necessary",
                Refused = granted ? string.Empty : "analytics",
            });
        }

        await db.SaveChangesAsync();
    }

    private static string Id() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    private static PageView View(DateTime at, string path, string? referrer, string? visitor) => new()
    {
        OccurredAt = at,
        Day = DateOnly.FromDateTime(at),
        Path = path,
        ReferrerHost = referrer,
        Browser = "Firefox",
        VisitorId = visitor ?? Id(),
    };
}
