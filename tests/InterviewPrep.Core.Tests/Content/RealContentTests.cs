using InterviewPrep.Tests;

namespace InterviewPrep.Core.Tests.Content;

/// <summary>Loads the repository's own content/ folder: every file must be valid and every minimum met.</summary>
public sealed class RealContentTests
{
    private static readonly string[] RequiredPrinciples =
    [
        "customer-obsession", "ownership", "invent-and-simplify", "are-right-a-lot", "learn-and-be-curious",
        "hire-and-develop-the-best", "insist-on-the-highest-standards", "think-big", "bias-for-action", "frugality",
        "earn-trust", "dive-deep", "have-backbone", "deliver-results", "strive-to-be-earths-best-employer",
        "success-and-scale-bring-broad-responsibility", "growth-mindset",
    ];

    [Fact]
    public void RealContentHasNoErrors()
    {
        var errors = RealContent.Catalog.Errors;

        Assert.True(errors.Count == 0, $"{errors.Count} content error(s):\n" + string.Join('\n', errors));
    }

    [Fact]
    public void RealContentCoversEveryAmazonPrincipleAndGrowthMindset()
    {
        var missing = RequiredPrinciples.Except(RealContent.Catalog.Principles.Select(p => p.Slug)).ToList();

        Assert.True(missing.Count == 0, "Missing principles: " + string.Join(", ", missing));
        Assert.True(RealContent.Catalog.Principles.Count >= 17);
    }
    [Fact]
    public void RealContentHasAStrongAndAWeakExampleForEveryPrinciple()
    {
        var gaps = RealContent.Catalog.Principles
            .SelectMany(p => new[] { Verdict.Strong, Verdict.Weak }
                .Where(v => !RealContent.Catalog.ExamplesFor(p.Slug).Any(e => e.Verdict == v))
                .Select(v => $"{p.Slug} has no {v.ToString().ToLowerInvariant()} example"))
            .ToList();

        Assert.True(gaps.Count == 0, string.Join('\n', gaps));
        Assert.True(RealContent.Catalog.Examples.Count >= 51, $"Only {RealContent.Catalog.Examples.Count} examples; at least 51 are expected.");
        Assert.All(RealContent.Catalog.Examples, e => Assert.True(e.Annotations.Count >= ContentRules.MinAnnotations, e.Slug));
    }

    [Fact]
    public void RealContentSpreadsExamplesAcrossLevelsAndDomains()
    {
        var levels = RealContent.Catalog.Examples.Select(e => e.Level).Distinct().Count();
        var domains = RealContent.Catalog.Examples.Select(e => e.Domain).Distinct().ToList();

        Assert.Equal(4, levels);
        Assert.True(domains.Count >= 8, "Domains: " + string.Join(", ", domains));
    }

    [Fact]
    public void RealContentHasAtLeastFiveGuidesIncludingTheCoreOnes()
    {
        var slugs = RealContent.Catalog.Guides.Select(g => g.Slug).ToList();

        Assert.True(slugs.Count >= 5);
        Assert.Contains("star-method", slugs);
        Assert.Contains("how-interviewers-probe", slugs);
        Assert.Contains("levels-entry-to-principal", slugs);
        Assert.Contains("reversible-and-irreversible-decisions", slugs);
        Assert.Contains("building-a-story-bank", slugs);
        Assert.Contains("how-the-loops-differ", slugs);
        Assert.Contains("failures-and-no-story", slugs);
    }

    [Fact]
    public void EveryPrincipleHasAStrongExampleAtSeniorOrPrincipalLevel()
    {
        var gaps = RealContent.Catalog.Principles
            .Where(p => !RealContent.Catalog.ExamplesFor(p.Slug).Any(e => e is { Verdict: Verdict.Strong, Level: Level.Senior or Level.Principal }))
            .Select(p => $"{p.Slug}: strong examples only at " + string.Join(", ", RealContent.Catalog.ExamplesFor(p.Slug)
                .Where(e => e.Verdict == Verdict.Strong).Select(e => $"{e.Level.Key()} ({e.Slug})").DefaultIfEmpty("no level")))
            .ToList();

        Assert.True(gaps.Count == 0, "No strong senior or principal example:\n" + string.Join('\n', gaps));
    }

    [Fact]
    public void EveryPrincipleHasAnExampleWithFollowUps()
    {
        var gaps = RealContent.Catalog.Principles
            .Where(p => !RealContent.Catalog.ExamplesFor(p.Slug).Any(e => e.Transcript.Count > 0))
            .Select(p => p.Slug)
            .ToList();

        Assert.True(gaps.Count == 0, "No example with a transcript for: " + string.Join(", ", gaps));
    }

    [Theory]
    [InlineData("dive-deep")]
    [InlineData("ownership")]
    [InlineData("bias-for-action")]
    public void APrincipleHasALikeForLikePairOneStrongOneWeakToTheSameQuestionAtTheSameLevel(string principle)
    {
        var examples = RealContent.Catalog.ExamplesFor(principle);
        var pairs = examples
            .GroupBy(e => (Question: TextStats.NormalizeWhitespace(e.Question), e.Level))
            .Where(g => g.Any(e => e.Verdict == Verdict.Strong) && g.Any(e => e.Verdict == Verdict.Weak))
            .ToList();

        Assert.True(pairs.Count > 0, $"{principle} has no strong and weak example with the same question at the same level. Its examples:\n"
            + string.Join('\n', examples.Select(e => $"{e.Verdict.ToString().ToLowerInvariant()}, {e.Level.Key()}, \"{e.Question}\" ({e.Slug})")));
    }

    [Fact]
    public void NoDomainHoldsMoreThanAFifthOfTheStrongExamples()
    {
        var strong = RealContent.Catalog.Examples.Where(e => e.Verdict == Verdict.Strong).ToList();
        var crowded = strong.GroupBy(e => e.Domain)
            .Where(g => g.Count() * 5 > strong.Count)
            .Select(g => $"{g.Key}: {g.Count()} of {strong.Count} strong examples ({string.Join(", ", g.Select(e => e.Slug))})")
            .ToList();

        Assert.True(crowded.Count == 0, "Over 20% of the strong examples:\n" + string.Join('\n', crowded));
    }

    [Fact]
    public void NoContentFileUsesTheStockPhraseTheInterviewerWants()
    {
        const string Phrase = "the interviewer wants";
        var hits = Directory.EnumerateFiles(RepositoryPaths.Content, "*.md", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .SelectMany(path => File.ReadLines(path)
                .Select((line, i) => (Line: line, Number: i + 1))
                .Where(x => x.Line.Contains(Phrase, StringComparison.OrdinalIgnoreCase))
                .Select(x => $"{Path.GetRelativePath(RepositoryPaths.Content, path).Replace('\\', '/')}:{x.Number}"))
            .ToList();

        Assert.True(hits.Count == 0, $"\"The interviewer wants\" appears {hits.Count} time(s):\n" + string.Join('\n', hits));
    }

    [Fact]
    public void BiasForActionAsksTheCriticWhetherTheDecisionCouldBeUndone()
    {
        var asking = RealContent.Catalog.Principles.Where(p => p.Checks.Contains(CritiqueCheck.Reversibility)).Select(p => p.Slug);

        Assert.Equal(["bias-for-action"], asking);
    }
}
