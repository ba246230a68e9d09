using InterviewPrep.Core.Content;
using InterviewPrep.Web.Data;

namespace InterviewPrep.Web.Features.Practice;

/// <summary>One answered question on the progress chart.</summary>
public sealed record ScorePoint(DateTime At, int Score, int ScoreWithFollowUps, int SessionId);

/// <summary>A principle's scores in the order they were earned.</summary>
public sealed record PrincipleSeries(string Slug, string Title, IReadOnlyList<ScorePoint> Points)
{
    public int Latest => Points[^1].Score;

    public int? Change => Points.Count < 2 ? null : Points[^1].Score - Points[0].Score;
}

/// <summary>A finding code, how many first answers had it, and how many times a follow-up answer resolved it.</summary>
public sealed record RecurringCode(string Code, int Answers, int Resolved);

/// <summary>What the progress page shows: scores over time per principle, and the codes that keep coming back.</summary>
public sealed record PracticeProgress(
    int Sessions, int Answers, IReadOnlyList<PrincipleSeries> Series, IReadOnlyList<RecurringCode> Recurring, DateTime? First, DateTime? Last)
{
    public static PracticeProgress From(IReadOnlyList<PracticeSession> sessions, ContentCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        ArgumentNullException.ThrowIfNull(catalog);
        var answers = sessions.SelectMany(s => s.Answers.Select(a => (Session: s, Answer: a))).ToList();
        var series = answers
            .GroupBy(x => x.Answer.PrincipleSlug, StringComparer.Ordinal)
            .Select(g => new PrincipleSeries(
                g.Key,
                catalog.FindPrinciple(g.Key)?.Title ?? g.Key,
                g.OrderBy(x => x.Session.CompletedAt).ThenBy(x => x.Answer.Position)
                    .Select(x => new ScorePoint(x.Session.CompletedAt, x.Answer.Score, x.Answer.ScoreWithFollowUps, x.Session.Id))
                    .ToList()))
            .OrderByDescending(s => s.Points.Count).ThenBy(s => s.Title, StringComparer.Ordinal)
            .ToList();
        var recurring = answers
            .SelectMany(x => x.Answer.FindingCodes.Distinct().Select(code => (Code: code, Resolved: x.Answer.ResolvedCodes.Contains(code))))
            .GroupBy(x => x.Code, StringComparer.Ordinal)
            .Select(g => new RecurringCode(g.Key, g.Count(), g.Count(x => x.Resolved)))
            .OrderByDescending(r => r.Answers).ThenBy(r => r.Code, StringComparer.Ordinal)
            .ToList();
        return new PracticeProgress(
            sessions.Count, answers.Count, series, recurring,
            sessions.Count == 0 ? null : sessions.Min(s => s.CompletedAt),
            sessions.Count == 0 ? null : sessions.Max(s => s.CompletedAt));
    }
}
