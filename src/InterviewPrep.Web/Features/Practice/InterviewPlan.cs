using InterviewPrep.Core.Content;

namespace InterviewPrep.Web.Features.Practice;

/// <summary>Which questions a mock interview asks, drawn from the catalog's question variations.</summary>
public static class InterviewPlan
{
    /// <summary>An onsite loop: four interviewers, each on a different principle.</summary>
    public const int LoopLength = 4;

    public static IReadOnlyList<Question> Create(ContentCatalog catalog, IReadOnlyCollection<string> principleSlugs, bool fullLoop, Random random)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(random);
        var withQuestions = catalog.Principles.Where(p => p.Questions.Count > 0).ToList();
        var principles = fullLoop
            ? withQuestions.OrderBy(_ => random.Next()).Take(LoopLength).ToList()
            : withQuestions.Where(p => principleSlugs.Contains(p.Slug)).Take(LoopLength).ToList();
        return principles.Select(p => p.Questions[random.Next(p.Questions.Count)]).ToList();
    }
}
