using InterviewPrep.Core.Content;
using InterviewPrep.Web.Services;

namespace InterviewPrep.Web.Features.Practice;

/// <summary>A link to read or study next, and the finding codes that send the candidate there.</summary>
public sealed record NextStep(string Href, string Title, IReadOnlyList<string> Codes);

public static class NextSteps
{
    /// <summary>The guides for the codes still open, then strong examples of each principle practiced.</summary>
    public static IReadOnlyList<NextStep> For(ContentCatalog catalog, IEnumerable<string> openCodes, IEnumerable<string> principleSlugs)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var steps = openCodes
            .Distinct(StringComparer.Ordinal)
            .GroupBy(FindingText.GuideFor, StringComparer.Ordinal)
            .Select(g => (Guide: catalog.FindGuide(g.Key), Codes: g.ToList()))
            .Where(g => g.Guide is not null)
            .Select(g => new NextStep($"guides/{g.Guide!.Slug}", g.Guide.Title, g.Codes))
            .ToList();
        foreach (var principle in principleSlugs.Distinct(StringComparer.Ordinal).Select(catalog.FindPrinciple).OfType<Principle>())
        {
            steps.Add(new NextStep($"examples?principle={Uri.EscapeDataString(principle.Slug)}", $"Annotated answers for {principle.Title}", []));
        }

        return steps;
    }
}
