namespace InterviewPrep.Core.Tests.Critique;

public sealed class OptionWeighingTests
{
    [Fact]
    public void AnOptionConsideredAndSetAsideForAReasonIsWeighed() =>
        Assert.True(Weighs("I considered adding servers, but that doubled the bill for a month-end problem. So I moved the job to a queue."));

    [Fact]
    public void APathWithNoOtherOptionIsNotWeighed() =>
        Assert.False(Weighs("I moved the job to a queue and added a retry with backoff. The month-end run finished on time."));

    [Fact]
    public void InsteadOfCountsOnlyWithAStatedCause()
    {
        Assert.False(Weighs("Instead of a nightly batch I moved the export to a queue."));
        Assert.True(Weighs("Instead of a nightly batch I moved the export to a queue, because the batch could not finish before the morning."));
    }

    [Fact]
    public void APassiveConsideredWeighsNothing() =>
        Assert.False(Weighs("Fairness was considered at every stage, but the panel still ran the same loop for every candidate."));

    [Fact]
    public void ADecisionPutAsAQuestionNamesBothOptionsAndNeedsAReason() =>
        Assert.True(Weighs("Wait for the provider, or fail over to the secondary? Failing over was risky, but waiting meant an hour of lost orders."));

    [Fact]
    public void AnEmptyAnswerWeighsNothing() => Assert.False(Weighs(string.Empty));

    private static bool Weighs(string text) => new OptionWeighing(Analysis.OfFreeText(text)).WeighsAnOption();
}
