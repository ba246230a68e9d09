using static InterviewPrep.Core.Tests.Critique.SearchAnswer;

namespace InterviewPrep.Core.Tests.Critique;

/// <summary>What counts as a measured result, and as a baseline for it.</summary>
public sealed class ResultFindingsTests
{
    [Fact]
    public void AResultWithNoQuantityHasNoMetric()
    {
        var weak = Strong.Replace(SearchResult, "The search got a lot faster and the sale weekend went smoothly, which the business was pleased about.", StringComparison.Ordinal);

        Assert.Contains(FindingCodes.NoMetric, CodesOf(weak));
        Assert.DoesNotContain(FindingCodes.NoMetric, CodesOf(Strong));
    }

    [Theory]
    [InlineData("In the end I cut it in half, and shoppers noticed.")]
    [InlineData("Search went from nine seconds to under two, and shoppers noticed.")]
    [InlineData("The page got twice as fast and the sale weekend went smoothly.")]
    [InlineData("Timeouts dropped to zero for the rest of the quarter.")]
    public void NumbersWrittenAsWordsCountAsMetrics(string result)
    {
        var answer = string.Join(' ', SearchSituation, SearchTask, SearchAction, result, SearchReflection);

        Assert.DoesNotContain(FindingCodes.NoMetric, CodesOf(answer));
    }

    [Fact]
    public void FromNineSecondsToUnderTwoIsItsOwnBaseline()
    {
        var answer = string.Join(' ', SearchSituation, SearchTask, SearchAction, "Search went from nine seconds to under two, and shoppers noticed.", SearchReflection);

        Assert.DoesNotContain(FindingCodes.NoBaseline, CodesOf(answer));
    }

    [Fact]
    public void APercentageWithNothingToCompareItWithHasNoBaseline()
    {
        var weak = Strong.Replace(SearchResult, "Thanks to this, latency improved by 40% and conversions went up by a third.", StringComparison.Ordinal);

        AssertFlagged(weak, FindingCodes.NoBaseline, "40%");
    }

    [Fact]
    public void HalvingWithoutSayingFromWhatHasNoBaseline()
    {
        var answer = string.Join(' ', SearchSituation.Replace(": the p95 latency was 1.8 seconds at peak", string.Empty, StringComparison.Ordinal), SearchTask, SearchAction, "In the end I cut it in half.", SearchReflection);

        Assert.Contains(FindingCodes.NoBaseline, CodesOf(answer));
    }

    [Theory]
    [InlineData("It took me two weeks with a team of four engineers, and we shipped version 2.1 on March 3rd after three design reviews.")]
    [InlineData("I cut the search form down to three steps, and we released it in sprint 14 after about a month of work.")]
    public void NumbersThatDescribeTheWorkAreNotMetrics(string result)
    {
        var answer = Strong.Replace(SearchResult, result + " The sale weekend went smoothly.", StringComparison.Ordinal);

        Assert.Contains(FindingCodes.NoMetric, CodesOf(answer));
    }

    [Theory]
    [InlineData("Complaints about search dropped to two a week, from about twenty.")]
    [InlineData("The first audit found 212 slow queries; by the sale we had got it down to 9.")]
    [InlineData("Support tickets about search fell by 40 in the first month.")]
    public void NumbersThatMeasureTheOutcomeAreMetrics(string result)
    {
        var answer = Strong.Replace(SearchResult, result, StringComparison.Ordinal);

        Assert.DoesNotContain(FindingCodes.NoMetric, CodesOf(answer));
    }

    [Fact]
    public void AnAnswerWithNoResultAlsoHasNoMetric()
    {
        var answer = string.Join(' ', SearchSituation, SearchTask, SearchAction);

        var codes = CodesOf(answer);

        Assert.Contains(FindingCodes.MissingResult, codes);
        Assert.Contains(FindingCodes.NoMetric, codes);
    }
}
