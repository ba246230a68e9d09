using System.Security.Cryptography;
using InterviewPrep.Web.Data;
using InterviewPrep.Web.Features.Analytics;
using InterviewPrep.Web.Features.Consent;
using InterviewPrep.Web.Hosting;
using InterviewPrep.Web.Services;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewPrep.E2E;

[Collection(BrowserTests.Name)]
public sealed class AdminDashboardTests(BrowserFixture fixture)
{
    internal const string AdminEmail = "dashboard-admin@example.com";
    internal const string Password = "a long and memorable passphrase";

    private static readonly string[] Paths =
    [
        "/", "/principles", "/guides/star-method", "/principles/ownership", "/examples", "/questions",
        "/guides/quantifying-results", "/principles/dive-deep", "/examples/dive-deep-strong-refund-timeouts",
    ];

    private static readonly string?[] Referrers = [null, null, null, "news.ycombinator.com", "www.google.com", "duckduckgo.com", "www.linkedin.com"];

    private static readonly string[] Browsers = ["Chrome", "Chrome", "Chrome", "Firefox", "Safari", "Safari", "Edge"];

    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task AnAdminSeesTrafficPerDayTopPagesReferrersAndConsentDecisions(int width)
    {
        await EnsureAdminAndSampleDataAsync(fixture);
        var page = await fixture.NewPageAsync(width, 900);
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Button, new() { Name = "Reject all" }).ClickAsync();
        await page.GotoAsync("Account/Login?ReturnUrl=%2Fadmin%2Fanalytics");
        await page.GetByLabel("Email").FillAsync(AdminEmail);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await page.WaitForURLAsync(url => url.Contains("/admin/analytics", StringComparison.Ordinal));
        await Expect(page.Locator("h1")).ToHaveTextAsync("Analytics");
        await Expect(page.Locator("svg.chart-svg rect.bar, svg rect.bar")).ToHaveCountAsync(30);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Top pages" })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("decision-accept")).ToContainTextAsync("%");
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"The dashboard is {overflow}px wider than a {width}px screen.");
        await page.ScreenshotAsync(new() { Path = ConsentFlowTests.Screenshot($"admin-analytics-{width}.png"), FullPage = true });

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Export CSV" }).ClickAsync());
        var csv = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.StartsWith("time_utc,day,path,referrer_host,browser,visitor_id\n", csv, StringComparison.Ordinal);
        Assert.True(csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length > 30);
    }

    /// <summary>An admin account and a month of plausible traffic, created once for the shared app.</summary>
    /// <summary>Turns the banner down, signs in as the dashboard's admin and waits for the dashboard.</summary>
    internal static async Task SignInToDashboardAsync(IPage page)
    {
        await page.GotoAsync("");
        await new ConsentBanner(page).ChooseAsync(new ConsentBanner(page).RejectAll);
        await page.GotoAsync("Account/Login?ReturnUrl=%2Fadmin%2Fanalytics");
        await page.GetByLabel("Email").FillAsync(AdminDashboardTests.AdminEmail);
        await page.GetByLabel("Password").FillAsync(AdminDashboardTests.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/admin/analytics", StringComparison.Ordinal));
    }

    internal static async Task EnsureAdminAndSampleDataAsync(BrowserFixture fixture)
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        if (await users.FindByEmailAsync(AdminEmail) is not null)
        {
            return;
        }

        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        if (!await roles.RoleExistsAsync(AccountExtensions.AdminRole))
        {
            await roles.CreateAsync(new IdentityRole(AccountExtensions.AdminRole));
        }

        var admin = new ApplicationUser { UserName = AdminEmail, Email = AdminEmail, EmailConfirmed = true };
        Assert.True((await users.CreateAsync(admin, Password)).Succeeded);
        await users.AddToRoleAsync(admin, AccountExtensions.AdminRole);

        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var random = new Random(20261126);
        var today = DateTime.UtcNow.Date;
        for (var daysAgo = 29; daysAgo >= 0; daysAgo--)
        {
            var day = today.AddDays(-daysAgo);
            var weekday = day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
            var dayShare = daysAgo == 0 ? 0.5 : 1.0; // today is not over yet
            var visitors = Enumerable.Range(0, (int)(dayShare * ((weekday ? 14 : 6) + random.Next(0, 8) + ((29 - daysAgo) / 3))))
                .Select(_ => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)))
                .ToList();
            foreach (var visitor in visitors)
            {
                var browser = Browsers[random.Next(Browsers.Length)];
                var referrer = Referrers[random.Next(Referrers.Length)];
                for (var view = 0; view < 1 + random.Next(0, 4); view++)
                {
                    var at = day.AddMinutes(random.Next(0, (int)(dayShare * 24 * 60)));
                    db.PageViews.Add(new PageView
                    {
                        OccurredAt = at,
                        Day = DateOnly.FromDateTime(at),
                        Path = Paths[Math.Min(Paths.Length - 1, (int)Math.Floor(Math.Pow(random.NextDouble(), 1.6) * Paths.Length))],
                        ReferrerHost = view == 0 ? referrer : null,
                        Browser = browser,
                        VisitorId = visitor,
                    });
                }
            }

            foreach (var _ in Enumerable.Range(0, 3 + random.Next(0, 5)))
            {
                var roll = random.NextDouble();
                var action = roll < 0.45 ? ConsentAction.Accept : roll < 0.85 ? ConsentAction.Reject : roll < 0.97 ? ConsentAction.Customize : ConsentAction.Withdraw;
                var granted = action == ConsentAction.Accept || (action == ConsentAction.Customize && random.Next(2) == 0);
                db.ConsentRecords.Add(new ConsentRecord
                {
                    ConsentId = ConsentChoice.NewConsentId(),
                    DecidedAt = day.AddMinutes(random.Next(0, 24 * 60)),
                    Action = action,
                    Revision = 1,
                    Granted = granted ? "necessary,analytics" : "necessary",
                    Refused = granted ? string.Empty : "analytics",
                });
            }
        }

        await db.SaveChangesAsync();
    }
}
