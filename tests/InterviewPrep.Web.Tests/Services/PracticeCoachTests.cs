using InterviewPrep.Core.Content;
using InterviewPrep.Core.Critique;
using InterviewPrep.Tests;
using InterviewPrep.Web.Features.Practice;
using InterviewPrep.Web.Services;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewPrep.Web.Tests.Services;

public sealed class PracticeCoachTests : IClassFixture<TestAppFactory>
{
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
    public void AFollowUpAnswerThatGivesTheBaselineResolvesTheFinding()
    {
        var critique = _coach.Critique("dive-deep", Level.Senior, PracticeAnswers.NoBaseline);

        var review = _coach.Review(critique, null, "dive-deep", Level.Senior, [(FindingCodes.NoBaseline, PracticeAnswers.BaselineFollowUp)]);

        Assert.Contains(FindingCodes.NoBaseline, review.ResolvedCodes);
        Assert.True(review.ScoreWithFollowUps > critique.Score);
    }

    [Fact]
    public void AFollowUpAnswerThatDodgesTheQuestionResolvesNothing()
    {
        var critique = _coach.Critique("dive-deep", Level.Senior, PracticeAnswers.NoBaseline);

        var review = _coach.Review(critique, null, "dive-deep", Level.Senior, [(FindingCodes.NoBaseline, "Honestly it felt a lot faster to everyone on the team, and the complaints about slow searches stopped.")]);

        Assert.DoesNotContain(FindingCodes.NoBaseline, review.ResolvedCodes);
    }

    [Fact]
    public void SkippedFollowUpsLeaveTheFirstScore()
    {
        var critique = _coach.Critique("dive-deep", Level.Senior, PracticeAnswers.NoBaseline);

        var review = _coach.Review(critique, null, "dive-deep", Level.Senior, [(FindingCodes.NoBaseline, "  ")]);

        Assert.Empty(review.ResolvedCodes);
        Assert.Equal(critique.Score, review.ScoreWithFollowUps);
    }

    [Fact]
    public void AStoryDeliveredAsStarFieldsTakesTheFollowUpIntoTheFieldItBelongsTo()
    {
        var star = new StarFields(
            "Our checkout page at a grocery delivery start-up failed for about one order in fifty during the Friday evening rush.",
            "As the engineer who owned checkout, it was my job to find and fix the cause before the holiday weekend.",
            "I read the payment gateway logs for the failing orders, found that a retry fired after our own timeout had already "
                + "cancelled the basket, and changed the client to reuse the idempotency key on every retry. I tested it against "
                + "the gateway sandbox with injected delays and shipped it behind a flag.",
            "Failed checkouts dropped by 80%.",
            "I now ask for the gateway's retry semantics before writing any payment client.");
        var critique = _coach.Critique("ownership", Level.Mid, star);
        Assert.True(critique.Has(FindingCodes.NoBaseline), string.Join(", ", critique.Findings.Select(f => f.Code)));

        var review = _coach.Review(critique, star, "ownership", Level.Mid,
            [(FindingCodes.NoBaseline, "Before the fix about two in every hundred orders failed on Friday evenings, and after it fewer than four in ten thousand, measured from the gateway's settlement report for the month before and after.")]);

        Assert.Contains(FindingCodes.NoBaseline, review.ResolvedCodes);
    }

    [Fact]
    public void AFullLoopAsksFourQuestionsOnDifferentPrinciples()
    {
        var questions = InterviewPlan.Create(_catalog, [], fullLoop: true, new Random(7));

        Assert.Equal(4, questions.Count);
        Assert.Equal(4, questions.Select(q => q.PrincipleSlug).Distinct().Count());
    }
}
