using InterviewPrep.Web.Data;
using InterviewPrep.Web.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace InterviewPrep.Web.Features.Analytics;

/// <summary>Deletes what the retention settings say is no longer needed: old page views, old consent proof, old salts.</summary>
internal sealed class RetentionPurge(IOptions<AnalyticsOptions> analytics, IOptions<ConsentOptions> consent)
{
    public async Task<PurgeResult> PurgeAsync(AppDbContext db, DateTime utcNow, CancellationToken cancellationToken)
    {
        var pageViewCutoff = utcNow.AddDays(-analytics.Value.RetentionDays);
        var consentCutoff = utcNow.AddDays(-consent.Value.LogRetentionDays);
        var today = DateOnly.FromDateTime(utcNow);

        var pageViews = await db.PageViews.Where(p => p.OccurredAt < pageViewCutoff).ExecuteDeleteAsync(cancellationToken);
        var consentRecords = await db.ConsentRecords.Where(r => r.DecidedAt < consentCutoff).ExecuteDeleteAsync(cancellationToken);
        var salts = await db.AnalyticsSalts.Where(s => s.Day < today).ExecuteDeleteAsync(cancellationToken);
        return new PurgeResult(pageViews, consentRecords, salts);
    }
}

internal sealed record PurgeResult(int PageViews, int ConsentRecords, int Salts);

/// <summary>Runs <see cref="RetentionPurge"/> at startup and then on a timer.</summary>
internal sealed class RetentionService(
    IServiceScopeFactory scopes,
    RetentionPurge purge,
    IOptions<AnalyticsOptions> options,
    TimeProvider time,
    ILogger<RetentionService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(options.Value.PurgeIntervalMinutes), time);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                var result = await purge.PurgeAsync(db, time.GetUtcNow().UtcDateTime, stoppingToken);
                if (result.PageViews + result.ConsentRecords > 0)
                {
                    logger.LogInformation(
                        "Retention: deleted {PageViews} page views and {ConsentRecords} consent records past their retention.",
                        result.PageViews,
                        result.ConsentRecords);
                }
            }
            catch (Exception exception) when (exception is DbUpdateException or System.Data.Common.DbException)
            {
                // Try again at the next tick; a busy database is not a reason to stop the job for good.
                logger.LogError(exception, "Retention purge failed.");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
