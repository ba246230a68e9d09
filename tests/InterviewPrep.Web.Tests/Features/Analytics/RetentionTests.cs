using System.Security.Cryptography;
using InterviewPrep.Web.Features.Analytics;
using InterviewPrep.Web.Features.Consent;
using Microsoft.EntityFrameworkCore;

namespace InterviewPrep.Web.Tests.Features.Analytics;

public sealed class RetentionTests
{
    private static readonly DateTime Now = new(2026, 11, 26, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task ThePurgeDeletesPageViewsConsentProofAndSaltsPastTheirRetention()
    {
        using var factory = new TestAppFactory(useKestrel: false, settings: new Dictionary<string, string?>
        {
            ["Analytics:RetentionDays"] = "30",
            ["Consent:CookieLifetimeDays"] = "30",
            ["Consent:LogRetentionDays"] = "60",
        });
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.PageViews.AddRange(View(Now.AddDays(-31), "/old"), View(Now.AddDays(-29), "/recent"), View(Now, "/today"));
        db.ConsentRecords.AddRange(Record(Now.AddDays(-61)), Record(Now.AddDays(-59)));
        db.AnalyticsSalts.AddRange(Salt(Now.AddDays(-1)), Salt(Now));
        await db.SaveChangesAsync();

        var result = await scope.ServiceProvider.GetRequiredService<RetentionPurge>().PurgeAsync(db, Now, CancellationToken.None);

        Assert.Equal(new PurgeResult(PageViews: 1, ConsentRecords: 1, Salts: 1), result);
        Assert.Equal(["/recent", "/today"], await db.PageViews.OrderBy(p => p.OccurredAt).Select(p => p.Path).ToListAsync());
        Assert.Equal(Now.AddDays(-59), (await db.ConsentRecords.SingleAsync()).DecidedAt);
        Assert.Equal(DateOnly.FromDateTime(Now), (await db.AnalyticsSalts.SingleAsync()).Day);
    }

    [Fact]
    public async Task TheRetentionJobPurgesWhenTheAppStarts()
    {
        using var factory = new TestAppFactory();
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.PageViews.Add(View(DateTime.UtcNow.AddDays(-181), "/expired"));
            await db.SaveChangesAsync();
        }

        // A second app on the same file runs the job at its start.
        using var restarted = new TestAppFactory(useKestrel: false, settings: new Dictionary<string, string?>
        {
            ["ConnectionStrings:Default"] = $"Data Source={factory.DatabasePath}",
        });
        _ = restarted.Services;

        await Eventually.TrueAsync(() => Db.Count(factory, "PageViews", "Path = '/expired'") == 0, "the restarted app's purge");
        Assert.Equal(0, Db.Count(factory, "PageViews", "Path = '/expired'"));
    }

    [Fact]
    public async Task TheSaltChangesWithTheDayAndYesterdaysIsDeleted()
    {
        using var factory = new TestAppFactory();
        var dbFactory = factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>();
        var clock = new SettableTime(Now);
        using var salts = new DailySalt(dbFactory, clock);

        var first = await salts.GetAsync(CancellationToken.None);
        var sameDay = await salts.GetAsync(CancellationToken.None);
        clock.Now = Now.AddDays(1);
        var nextDay = await salts.GetAsync(CancellationToken.None);

        Assert.Equal(first.Value, sameDay.Value);
        Assert.NotEqual(first.Value, nextDay.Value);
        await using var db = await dbFactory.CreateDbContextAsync();
        Assert.Equal(DateOnly.FromDateTime(Now.AddDays(1)), (await db.AnalyticsSalts.SingleAsync()).Day);

        var monday = DailySalt.VisitorId(first.Value, "203.0.113.7", Visitor.ChromeUserAgent, "localhost");
        var tuesday = DailySalt.VisitorId(nextDay.Value, "203.0.113.7", Visitor.ChromeUserAgent, "localhost");
        Assert.NotEqual(monday, tuesday);
        Assert.DoesNotContain("203.0.113.7", monday, StringComparison.Ordinal);
    }

    private static PageView View(DateTime at, string path) => new()
    {
        OccurredAt = at,
        Day = DateOnly.FromDateTime(at),
        Path = path,
        Browser = "Firefox",
        VisitorId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)),
    };

    private static ConsentRecord Record(DateTime at) => new()
    {
        ConsentId = ConsentChoice.NewConsentId(),
        DecidedAt = at,
        Action = ConsentAction.Reject,
        Revision = 1,
        Granted = "necessary",
        Refused = "analytics",
    };

    private static AnalyticsSalt Salt(DateTime day) => new() { Day = DateOnly.FromDateTime(day), Value = RandomNumberGenerator.GetBytes(32) };

    private sealed class SettableTime(DateTime now) : TimeProvider
    {
        public DateTime Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => new(Now, TimeSpan.Zero);
    }
}
