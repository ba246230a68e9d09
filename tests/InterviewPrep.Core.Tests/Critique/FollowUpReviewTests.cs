using InterviewPrep.Core.Tests.Content;
using InterviewPrep.Tests;

namespace InterviewPrep.Core.Tests.Critique;

public sealed class FollowUpReviewTests
{
    private static readonly StarFields Checkout = new(
        "Our checkout page at a grocery delivery start-up failed for about one order in fifty during the Friday evening rush.",
        "As the engineer who owned checkout, it was my job to find and fix the cause before the holiday weekend.",
        "I read the payment gateway logs for the failing orders, found that a retry fired after our own timeout had already "
            + "cancelled the basket, and changed the client to reuse the idempotency key on every retry. I tested it against "
            + "the gateway sandbox with injected delays and shipped it behind a flag.",
        "Failed checkouts dropped by 80%.",
        "I now ask for the gateway's retry semantics before writing any payment client.");

    private readonly AnswerCritic _critic = new();
    private readonly FollowUpReview _review;

    public FollowUpReviewTests() => _review = new FollowUpReview(_critic);

    [Fact]
    public void AFollowUpAnswerThatGivesTheBaselineResolvesTheFinding()
    {
        var (input, critique) = First(PracticeAnswers.NoBaseline);
        Assert.True(critique.Has(FindingCodes.NoBaseline), string.Join(", ", critique.Findings.Select(f => f.Code)));

        var review = _review.Review(input, critique, [(FindingCodes.NoBaseline, PracticeAnswers.BaselineFollowUp)]);

        Assert.Contains(FindingCodes.NoBaseline, review.ResolvedCodes);
        Assert.True(review.ScoreWithFollowUps > critique.Score);
    }

    [Fact]
    public void AFollowUpAnswerThatDodgesTheQuestionResolvesNothing()
    {
        var (input, critique) = First(PracticeAnswers.NoBaseline);

        var review = _review.Review(input, critique,
            [(FindingCodes.NoBaseline, "Honestly it felt a lot faster to everyone on the team, and the complaints about slow searches stopped.")]);

        Assert.DoesNotContain(FindingCodes.NoBaseline, review.ResolvedCodes);
    }

    [Fact]
    public void SkippedFollowUpsLeaveTheFirstCritiqueAndScore()
    {
        var (input, critique) = First(PracticeAnswers.NoBaseline);

        var review = _review.Review(input, critique, [(FindingCodes.NoBaseline, "  ")]);

        Assert.Empty(review.ResolvedCodes);
        Assert.Same(critique, review.Combined);
        Assert.Equal(critique.Score, review.ScoreWithFollowUps);
    }

    [Fact]
    public void AFollowUpTooShortToShowAnythingIsOnlyReadAsPartOfTheWhole()
    {
        var (input, critique) = First(PracticeAnswers.NoBaseline);

        var review = _review.Review(input, critique, [(FindingCodes.NoBaseline, "It was measured, yes.")]);

        Assert.DoesNotContain(FindingCodes.NoBaseline, review.ResolvedCodes);
    }

    [Fact]
    public void AFreeTextFollowUpIsReadWhereItBelongsInTheStory()
    {
        var (input, critique) = First(PracticeAnswers.NoBaseline);

        var review = _review.Review(input, critique, [(FindingCodes.NoBaseline, PracticeAnswers.BaselineFollowUp)]);

        var text = review.Combined.Text;
        Assert.True(text.IndexOf("complaints stopped", StringComparison.Ordinal) < text.IndexOf(PracticeAnswers.BaselineFollowUp, StringComparison.Ordinal));
        Assert.True(text.IndexOf(PracticeAnswers.BaselineFollowUp, StringComparison.Ordinal) < text.IndexOf("I learned", StringComparison.Ordinal));
    }

    [Fact]
    public void AStoryDeliveredAsStarFieldsTakesTheFollowUpIntoTheFieldItBelongsTo()
    {
        var input = AnswerInput.FromStar(Checkout, Principle("ownership"), Level.Mid);
        var critique = _critic.Critique(input);
        Assert.True(critique.Has(FindingCodes.NoBaseline), string.Join(", ", critique.Findings.Select(f => f.Code)));
        const string Baseline = "Before the fix about two in every hundred orders failed on Friday evenings, and after it fewer than four in ten thousand, measured from the gateway's settlement report for the month before and after.";

        var review = _review.Review(input, critique, [(FindingCodes.NoBaseline, Baseline)]);

        Assert.Contains(FindingCodes.NoBaseline, review.ResolvedCodes);
        var result = review.Combined.StarSpans[StarPart.Result];
        Assert.Equal($"{Checkout.Result} {Baseline}", review.Combined.Text.Substring(result.Start, result.Length));
    }

    [Theory]
    [InlineData(FindingCodes.MissingSituation, StarPart.Situation)]
    [InlineData(FindingCodes.MissingTask, StarPart.Task)]
    [InlineData(FindingCodes.NoBaseline, StarPart.Result)]
    [InlineData(ScoreReasons.LastingMechanism, StarPart.Result)]
    [InlineData(FindingCodes.WeNotI, StarPart.Action)]
    [InlineData(FindingCodes.NoReflection, StarPart.Reflection)]
    [InlineData(null, StarPart.Reflection)]
    public void AFollowUpAddsToThePartItsQuestionWasAbout(string? code, StarPart part) =>
        Assert.Equal(part, FollowUpReview.PartFor(code));

    [Fact]
    public void LengthIsNeverResolvedByAFollowUpOnItsOwn()
    {
        var alone = _critic.Critique(AnswerInput.FromText(PracticeAnswers.BaselineFollowUp, "dive-deep", Level.Senior));

        Assert.False(FollowUpReview.ShowsSignal(FindingCodes.TooShort, alone));
        Assert.False(FollowUpReview.ShowsSignal(FindingCodes.TooLong, alone));
        Assert.True(FollowUpReview.ShowsSignal(FindingCodes.NoBaseline, alone));
    }

    private (AnswerInput Input, AnswerCritique Critique) First(string text)
    {
        var input = AnswerInput.FromText(text, Principle("dive-deep"), Level.Senior);
        return (input, _critic.Critique(input));
    }

    private static Principle Principle(string slug) =>
        RealContent.Catalog.FindPrinciple(slug) ?? throw new InvalidOperationException($"The content has no {slug} principle.");
}
