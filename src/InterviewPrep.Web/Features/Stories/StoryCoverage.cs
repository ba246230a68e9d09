using InterviewPrep.Core.Content;
using InterviewPrep.Web.Data;

namespace InterviewPrep.Web.Features.Stories;

/// <summary>How well a user's stories cover one principle.</summary>
public sealed record CoverageRow(Principle Principle, IReadOnlyList<Story> Stories, int QuestionsPrepared)
{
    public const int QuestionsWanted = 3;

    public bool HasNoStory => Stories.Count == 0;

    public bool IsGap => HasNoStory || QuestionsPrepared < QuestionsWanted;
}

public static class StoryCoverage
{
    public static IReadOnlyList<CoverageRow> Compute(ContentCatalog catalog, IReadOnlyList<Story> stories) =>
        catalog.Principles.Select(principle =>
        {
            var mapped = stories.Where(s => s.Principles.Contains(principle.Slug)).ToList();
            var prepared = stories.SelectMany(s => s.Questions)
                .Where(q => principle.Questions.Any(pq => pq.Key == q))
                .Distinct(StringComparer.Ordinal)
                .Count();
            return new CoverageRow(principle, mapped, prepared);
        }).ToList();
}
