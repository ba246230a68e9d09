namespace InterviewPrep.Core.Tests.Critique;

public sealed class SpecificityTests
{
    [Fact]
    public void ANamedToolOutweighsAMechanismNoun() =>
        Assert.Equal(1.5 + 0.5, Total("I added a composite index in postgres."));

    [Fact]
    public void AFieldOrATitleIsNotASpecific() =>
        Assert.Equal(0, Total("I told the VP that we would use AI for it."));

    [Fact]
    public void ABareFigureCountsHalf() =>
        Assert.Equal(0.5, Total("I called 40 of them myself."));

    [Fact]
    public void AWordRepeatedAcrossTheAnswerCountsOnceInTheTotal() =>
        Assert.Equal(1.5, Total("I moved the job to kafka. Then I tuned kafka again."));

    [Fact]
    public void AStretchIsCountedOnItsOwn()
    {
        var analysis = Analysis.OfFreeText("I optimised the system by adding a covering index. It helped.");
        var specificity = new Specificity(analysis);

        Assert.Equal(0.5, specificity.In(0, 9));
        Assert.Equal(0, specificity.In(9, analysis.Tokens.Count));
    }

    private static double Total(string text) => new Specificity(Analysis.OfFreeText(text)).Total();
}
