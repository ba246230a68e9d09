namespace InterviewPrep.Core.Tests.Critique;

public sealed class OutcomeQuantitiesTests
{
    private const string Opening =
        "At a ticketing company I was the engineer on call for the refunds service. My job was to stop the refund timeouts. "
        + "I read the gateway logs, found a retry loop and added a timeout budget to the client. ";

    [Fact]
    public void AMeasureThatMovedFromOneFigureToAnotherIsAnOutcomeWithItsBaseline()
    {
        var reading = Read(Opening + "As a result, refund complaints dropped from 30 a week to 4.");

        Assert.True(reading.HasOutcome);
        Assert.Empty(reading.UnsupportedClaims);
    }

    [Fact]
    public void ThePeriodAndTheSizeOfTheTeamAreNotOutcomes()
    {
        var reading = Read(Opening + "It took two weeks with a team of four, and in the end the refunds worked again.");

        Assert.False(reading.HasOutcome);
        Assert.Empty(reading.UnsupportedClaims);
    }

    [Fact]
    public void APercentageWithNothingToCompareItWithIsAnUnsupportedClaim()
    {
        var text = Opening + "As a result, refund latency improved by 40%.";
        var analysis = Analysis.OfFreeText(text);

        var reading = new OutcomeQuantities(analysis).Read();

        Assert.True(reading.HasOutcome);
        var claim = Assert.Single(reading.UnsupportedClaims);
        Assert.Equal("40%", analysis.Text.Slice(analysis.Span(claim, claim + 1)));
    }

    [Fact]
    public void AFigureOfTheSameKindInTheSituationIsTheBaselineForTheResult()
    {
        var reading = Read(
            "At a furniture retailer our order history page took nine seconds to load. My job was to make it fast before the sale. "
            + "I profiled the query, found a missing index on the orders table and added a composite index. "
            + "As a result, the page now loads in under two seconds.");

        Assert.True(reading.HasOutcome);
        Assert.Empty(reading.UnsupportedClaims);
    }

    private static OutcomeReading Read(string text) => new OutcomeQuantities(Analysis.OfFreeText(text)).Read();
}
