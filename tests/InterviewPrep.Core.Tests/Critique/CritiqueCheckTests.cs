namespace InterviewPrep.Core.Tests.Critique;

/// <summary>Checks a principle asks for in its front matter, and only those principles get.</summary>
public sealed class CritiqueCheckTests
{
    private const string NoWayBack =
        "Our checkout started failing on a Saturday morning when I was on call, and I was the only engineer online. I needed to get payments working again. "
        + "I saw in the Stripe dashboard that our API key had been rotated, so I generated a new key, pasted it into the production config and restarted all the servers at once. "
        + "I considered waiting for the payments team, but they were offline until Monday. Checkout was back within 20 minutes, down from a two-hour outage the last time this happened. "
        + "I learned to keep the key rotation steps written down, and I now check the rotation calendar every Friday.";

    private readonly AnswerCritic _critic = new();

    [Fact]
    public void AnAnswerWithNoWayBackIsFlaggedWhenThePrincipleAsksForReversibility()
    {
        var fixedAnswer = NoWayBack.Replace(
            "restarted all the servers at once.",
            "restarted one server first to check the key worked, keeping the old config so I could roll back in a minute if it failed.",
            StringComparison.Ordinal);

        Assert.Contains(FindingCodes.NoReversibility, Codes(NoWayBack, CritiqueCheck.Reversibility));
        Assert.DoesNotContain(FindingCodes.NoReversibility, Codes(fixedAnswer, CritiqueCheck.Reversibility));
    }

    [Fact]
    public void TheSameAnswerIsNotFlaggedWhenThePrincipleDoesNotAsk() =>
        Assert.DoesNotContain(FindingCodes.NoReversibility, Codes(NoWayBack));

    [Fact]
    public void DeployingThroughStagingIsNotReversibilityReasoning()
    {
        const string Skipped =
            "I saw customers were being overcharged for shipping, so I wrote the fix and deployed it straight to every production server myself. "
            + "Our normal path is a review and then a deploy through staging, but that takes hours. The complaints stopped.";

        Assert.Contains(FindingCodes.NoReversibility, Codes(Skipped, CritiqueCheck.Reversibility));
    }

    [Fact]
    public void ThePrincipleOfTheCatalogBringsItsChecksWithIt()
    {
        var principle = new Principle(
            "calculated-risk", "Calculated Risk", "Take risks you can undo.", 1, [], [], [], [new Probe("What if it failed?", "Rollback.")], [],
            [CritiqueCheck.Reversibility], string.Empty, "principles/calculated-risk.md");

        var input = AnswerInput.FromText(NoWayBack, principle, Level.Senior);
        var critique = _critic.Critique(input);

        Assert.Equal("calculated-risk", input.PrincipleSlug);
        Assert.Equal(principle.Probes, input.Probes);
        Assert.True(critique.Has(FindingCodes.NoReversibility));
        Assert.DoesNotContain("Calculated", critique.Findings.Single(f => f.Code == FindingCodes.NoReversibility).Message, StringComparison.Ordinal);
    }

    private List<string> Codes(string text, params CritiqueCheck[] checks) =>
        _critic.Critique(AnswerInput.FromText(text, "any-principle", Level.Mid) with { Checks = checks })
            .Findings.Select(f => f.Code).ToList();
}
