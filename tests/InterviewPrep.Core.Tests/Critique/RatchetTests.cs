namespace InterviewPrep.Core.Tests.Critique;

public sealed class RatchetTests
{
    private static readonly RatchetFigures Committed = new(Recall: 0.9, ForbiddenRate: 0.04, PairsOrdered: 1.0);

    [Fact]
    public void TheCommittedFileHasAnEntryForEveryLabelledSet()
    {
        var ratchets = Ratchet.Load();

        Assert.Equal(
            new[] { LabeledAnswer.FinalCheckSet, LabeledAnswer.HeldOutSet, LabeledAnswer.TuningSet, LabeledAnswer.UnseenFinalSet, LabeledAnswer.UnseenTuningSet },
            ratchets.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void FiguresEqualToTheRatchetAreNeitherWorseNorBetter()
    {
        var measured = Figures(found: 9, expected: 10, reportedForbidden: 4, forbidden: 100);

        Assert.Empty(Ratchet.Worse(Committed, measured));
        Assert.Empty(Ratchet.Better(Committed, measured));
    }

    [Fact]
    public void FloatRoundingWithinTheToleranceIsNotAChange()
    {
        var stored = new RatchetFigures(Recall: 0.9062, ForbiddenRate: 0.0373, PairsOrdered: 1.0);
        var measured = Figures(found: 58, expected: 64, reportedForbidden: 12, forbidden: 322);

        Assert.Empty(Ratchet.Worse(stored, measured));
        Assert.Empty(Ratchet.Better(stored, measured));
    }

    [Fact]
    public void LowerRecallMoreForbiddenCodesOrAMisorderedPairAreWorse()
    {
        var measured = Figures(found: 8, expected: 10, reportedForbidden: 5, forbidden: 100, misordered: 1, pairs: 4);

        var worse = Ratchet.Worse(Committed, measured);

        Assert.Equal(3, worse.Count);
        Assert.Contains(worse, w => w.StartsWith("recall", StringComparison.Ordinal));
        Assert.Contains(worse, w => w.StartsWith("forbidden rate", StringComparison.Ordinal));
        Assert.Contains(worse, w => w.StartsWith("pairs ordered", StringComparison.Ordinal));
        Assert.Empty(Ratchet.Better(Committed, measured));
    }

    [Fact]
    public void AnImprovementIsReportedWithTheEntryToCommit()
    {
        var measured = Figures(found: 10, expected: 10, reportedForbidden: 1, forbidden: 100);

        Assert.Equal(2, Ratchet.Better(Committed, measured).Count);
        Assert.Empty(Ratchet.Worse(Committed, measured));
        Assert.Equal(
            "\"Set\": { \"recall\": 1.0, \"forbiddenRate\": 0.01, \"pairsOrdered\": 1.0 }",
            Ratchet.Entry("Set", measured));
    }

    private static LabeledSetFigures Figures(int found, int expected, int reportedForbidden, int forbidden, int misordered = 0, int pairs = 4) =>
        new(10, expected, found, forbidden, reportedForbidden, pairs, Enumerable.Repeat("strong <= weak", misordered).ToList(), [], [], [], []);
}
