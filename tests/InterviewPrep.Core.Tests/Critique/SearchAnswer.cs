namespace InterviewPrep.Core.Tests.Critique;

/// <summary>One strong answer, part by part, that the critic's tests take apart: a search query made fast.</summary>
internal static class SearchAnswer
{
    public const string SearchSituation =
        "Last spring I was a backend engineer on the search team at an online furniture store, and our product search had become slow: the p95 latency was 1.8 seconds at peak, and shoppers were abandoning searches.";

    public const string SearchTask =
        "My manager asked me to get p95 under 500 milliseconds before the summer sale, which gave me five weeks.";

    public const string SearchAction =
        "I started by pulling a week of slow-query logs from Postgres and found that most of the time went into one query that filtered by color and sorted by price without an index. "
        + "I considered moving search to Elasticsearch, but that would have taken the whole five weeks and a new service to run, so instead I added a composite index on category, color and price and rewrote the sort to use it. "
        + "I tested it against a copy of production with the same week of traffic replayed, and rolled it out behind a feature flag to 10% of users first.";

    public const string SearchResult =
        "The p95 went from 1.8 seconds to 320 milliseconds on the Grafana dashboard, and abandoned searches fell from 14% to 9% over the sale weekend compared with the weekend before.";

    public const string SearchReflection =
        "I learned to read the query plan before reaching for new infrastructure, and I now check slow-query logs first whenever latency moves.";

    public static readonly string Strong = string.Join(' ', SearchSituation, SearchTask, SearchAction, SearchResult, SearchReflection);

    private static readonly AnswerCritic Critic = new();

    public static AnswerCritique CritiqueOf(string text, string principle = "dive-deep", Level level = Level.Mid) =>
        Critic.Critique(AnswerInput.FromText(text, principle, level));

    public static List<string> CodesOf(string text, string principle = "dive-deep") =>
        CritiqueOf(text, principle).Findings.Select(f => f.Code).ToList();

    /// <summary>The answer gets the finding once, marking <paramref name="marked"/>, and the strong answer does not.</summary>
    public static void AssertFlagged(string answer, string code, string marked)
    {
        var critique = CritiqueOf(answer);

        var finding = Assert.Single(critique.Findings, f => f.Code == code);
        Assert.Contains(finding.Spans, s => critique.Text.Substring(s.Start, s.Length) == marked);
        Assert.DoesNotContain(code, CodesOf(Strong));
    }
}
