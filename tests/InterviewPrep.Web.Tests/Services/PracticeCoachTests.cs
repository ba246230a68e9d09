using InterviewPrep.Web.Features.Practice;

namespace InterviewPrep.Web.Tests.Services;

/// <summary>The coach joins the catalog to the engine; the review rules themselves are tested in Core (FollowUpReviewTests).</summary>
public sealed class PracticeCoachTests : IClassFixture<TestAppFactory>
{
    private const string NoWayBack =
        "Our checkout started failing on a Saturday morning when I was on call. I needed to get payments working again. "
        + "I saw in the Stripe dashboard that our API key had been rotated, so I generated a new key and restarted all the servers at once. "
        + "Checkout was back within 20 minutes, down from a two-hour outage the last time.";

    private readonly PracticeCoach _coach;
    private readonly ContentCatalog _catalog;

    public PracticeCoachTests(TestAppFactory factory)
    {
        _coach = factory.Services.GetRequiredService<PracticeCoach>();
        _catalog = factory.Services.GetRequiredService<ContentStore>().Current;
    }

    [Fact]
    public void AnAnswerClaimingAPercentageWithNoBaselineGetsABaselineFollowUp()
    {
        var critique = _coach.Critique("dive-deep", Level.Senior, PracticeAnswers.NoBaseline);

        Assert.True(critique.Has(FindingCodes.NoBaseline), string.Join(", ", critique.Findings.Select(f => f.Code)));
        Assert.Contains(critique.FollowUps, f => f.FindingCode == FindingCodes.NoBaseline);
    }

    [Fact]
    public void FollowUpsComeFromThePrinciplesProbesInTheCatalog()
    {
        var probes = _catalog.FindPrinciple("dive-deep")!.Probes.Select(p => p.Text);

        var critique = _coach.Critique("dive-deep", Level.Senior, PracticeAnswers.NoBaseline);

        Assert.Contains(critique.FollowUps, f => f.FromCatalog && probes.Contains(f.Question));
    }

    [Fact]
    public void AnAnswerIsHeldToTheChecksItsPrincipleAsksFor()
    {
        Assert.True(_coach.Critique("bias-for-action", Level.Mid, NoWayBack).Has(FindingCodes.NoReversibility));
        Assert.False(_coach.Critique("dive-deep", Level.Mid, NoWayBack).Has(FindingCodes.NoReversibility));
    }

    [Fact]
    public void AFollowUpAnswerThatGivesTheBaselineResolvesTheFinding()
    {
        var critique = _coach.Critique("dive-deep", Level.Senior, PracticeAnswers.NoBaseline);

        var review = _coach.Review(critique, null, "dive-deep", Level.Senior, [(FindingCodes.NoBaseline, PracticeAnswers.BaselineFollowUp)]);

        Assert.Contains(FindingCodes.NoBaseline, review.ResolvedCodes);
        Assert.True(review.ScoreWithFollowUps > critique.Score);
    }

    [Fact]
    public void AStoryDeliveredAsStarFieldsIsReviewedAsFields()
    {
        var star = new StarFields(
            "Our checkout page at a grocery delivery start-up failed for about one order in fifty during the Friday evening rush.",
            "As the engineer who owned checkout, it was my job to find and fix the cause before the holiday weekend.",
            "I read the payment gateway logs, found a retry that fired after our own timeout, and made every retry reuse the idempotency key.",
            "Failed checkouts dropped by 80%.",
            "I now ask for the gateway's retry semantics before writing any payment client.");
        var critique = _coach.Critique("ownership", Level.Mid, star);

        var review = _coach.Review(critique, star, "ownership", Level.Mid, [(FindingCodes.NoReflection, "I also review every retry path now.")]);

        Assert.EndsWith("I also review every retry path now.", review.Combined.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AFullLoopAsksFourQuestionsOnDifferentPrinciples()
    {
        var questions = InterviewPlan.Create(_catalog, [], fullLoop: true, new Random(7));

        Assert.Equal(4, questions.Count);
        Assert.Equal(4, questions.Select(q => q.PrincipleSlug).Distinct().Count());
    }
}
