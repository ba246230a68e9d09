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
        Assert.True(RealContent.Catalog.Examples.Count >= 34, $"Only {RealContent.Catalog.Examples.Count} examples.");
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
    }

    [Fact]
    public void BiasForActionAsksTheCriticWhetherTheDecisionCouldBeUndone()
    {
        var asking = RealContent.Catalog.Principles.Where(p => p.Checks.Contains(CritiqueCheck.Reversibility)).Select(p => p.Slug);

        Assert.Equal(["bias-for-action"], asking);
    }
}
