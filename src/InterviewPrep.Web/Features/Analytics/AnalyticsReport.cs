using System.Globalization;
using InterviewPrep.Web.Data;
using InterviewPrep.Web.Services;
using Microsoft.EntityFrameworkCore;

namespace InterviewPrep.Web.Features.Analytics;

/// <summary>An inclusive range of UTC days, read from the dashboard's GET form.</summary>
internal sealed record DateRange(DateOnly From, DateOnly To)
{
    public const int DefaultDays = 30;
    public const int MaxDays = 3650;

    public int Days => To.DayNumber - From.DayNumber + 1;

    public DateTime StartUtc => From.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    public DateTime EndUtcExclusive => To.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    /// <summary>Missing or unreadable dates fall back to the last 30 days; a reversed range is put the right way round.</summary>
    public static DateRange Parse(string? from, string? to, DateOnly today)
    {
        var end = TryParse(to) ?? today;
        var start = TryParse(from) ?? end.AddDays(-(DefaultDays - 1));
        if (start > end)
        {
            (start, end) = (end, start);
        }

        if (end.DayNumber - start.DayNumber >= MaxDays)
        {
            start = end.AddDays(-(MaxDays - 1));
        }

        return new DateRange(start, end);
    }

    public static string Format(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly? TryParse(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}

public sealed record DailyCount(DateOnly Day, int Views, int Visitors);

public sealed record RankedItem(string Label, int Count);

internal sealed record DecisionShare(ConsentAction Action, int Count, double Share);

internal sealed record AnalyticsSummary(
    DateRange Range,
    IReadOnlyList<DailyCount> Days,
    IReadOnlyList<RankedItem> TopPages,
    IReadOnlyList<RankedItem> TopReferrers,
    IReadOnlyList<RankedItem> Browsers,
    IReadOnlyList<DecisionShare> Decisions)
{
    public int TotalViews => Days.Sum(d => d.Views);

    /// <summary>Visitor ids change every day, so a person who comes back on three days counts three times.</summary>
    public int VisitorDays => Days.Sum(d => d.Visitors);

    public int TotalDecisions => Decisions.Sum(d => d.Count);
}

/// <summary>The dashboard's numbers, computed in the database so a long range does not load every row.</summary>
internal sealed class AnalyticsReport(AppDbContext db)
{
    public const int TopCount = 10;

    public async Task<AnalyticsSummary> LoadAsync(DateRange range, CancellationToken cancellationToken)
    {
        var views = db.PageViews.AsNoTracking().Where(p => p.Day >= range.From && p.Day <= range.To);

        var perDay = await views
            .GroupBy(p => p.Day)
            .Select(g => new { Day = g.Key, Views = g.Count(), Visitors = g.Select(p => p.VisitorId).Distinct().Count() })
            .ToDictionaryAsync(d => d.Day, cancellationToken);
        var days = Enumerable.Range(0, range.Days)
            .Select(offset => range.From.AddDays(offset))
            .Select(day => perDay.TryGetValue(day, out var d) ? new DailyCount(day, d.Views, d.Visitors) : new DailyCount(day, 0, 0))
            .ToList();

        var topPages = await RankAsync(views.Select(p => p.Path), TopCount, cancellationToken);
        var topReferrers = await RankAsync(views.Where(p => p.ReferrerHost != null).Select(p => p.ReferrerHost!), TopCount, cancellationToken);
        var browsers = await RankAsync(views.Select(p => p.Browser), take: null, cancellationToken);

        var decisionCounts = await db.ConsentRecords.AsNoTracking()
            .Where(r => r.DecidedAt >= range.StartUtc && r.DecidedAt < range.EndUtcExclusive)
            .GroupBy(r => r.Action)
            .Select(g => new { Action = g.Key, Count = g.Count() })
            .ToDictionaryAsync(d => d.Action, d => d.Count, cancellationToken);
        var totalDecisions = decisionCounts.Values.Sum();
        var decisions = Enum.GetValues<ConsentAction>()
            .Select(action => (Action: action, Count: decisionCounts.GetValueOrDefault(action)))
            .Select(d => new DecisionShare(d.Action, d.Count, totalDecisions == 0 ? 0 : (double)d.Count / totalDecisions))
            .ToList();

        return new AnalyticsSummary(range, days, topPages, topReferrers, browsers, decisions);
    }

    private static async Task<List<RankedItem>> RankAsync(IQueryable<string> keys, int? take, CancellationToken cancellationToken)
    {
        var ranked = keys
            .GroupBy(key => key)
            .Select(g => new { Label = g.Key, Count = g.Count() })
            .OrderByDescending(r => r.Count).ThenBy(r => r.Label);
        var rows = await (take is { } count ? ranked.Take(count) : ranked).ToListAsync(cancellationToken);
        return rows.ConvertAll(r => new RankedItem(r.Label, r.Count));
    }
}
