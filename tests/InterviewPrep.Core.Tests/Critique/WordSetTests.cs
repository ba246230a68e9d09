namespace InterviewPrep.Core.Tests.Critique;

public sealed class WordSetTests
{
    [Fact]
    public void ItKeepsTheWordsAsWrittenDuplicatesIncluded()
    {
        var set = new WordSet("cut", "dropped", "cut");

        Assert.Equal(["cut", "dropped", "cut"], set.Words);
    }

    [Fact]
    public void ItMatchesWholeWordsExactly()
    {
        var set = new WordSet("cut", "dropped");

        Assert.True(set.Contains("dropped"));
        Assert.False(set.Contains("Dropped"));
        Assert.False(set.Contains("drop"));
    }
}
