namespace InterviewPrep.Core.Tests.Content;

public sealed class LevelNamesTests
{
    [Theory]
    [InlineData(Level.Entry, "Entry", "Entry level", "entry")]
    [InlineData(Level.Mid, "Mid", "Mid level", "mid")]
    [InlineData(Level.Senior, "Senior", "Senior", "senior")]
    [InlineData(Level.Principal, "Principal", "Principal", "principal")]
    public void EachLevelHasAHeadingALabelAndAKey(Level level, string heading, string label, string key)
    {
        Assert.Equal(heading, level.Heading());
        Assert.Equal(label, level.DisplayName());
        Assert.Equal(key, level.Key());
    }

    [Theory]
    [InlineData("senior", Level.Senior)]
    [InlineData(" Principal ", Level.Principal)]
    [InlineData("ENTRY", Level.Entry)]
    public void AKeyIsReadBackWhateverItsCase(string text, Level expected)
    {
        Assert.True(LevelNames.TryParse(text, out var level));
        Assert.Equal(expected, level);
    }

    [Theory]
    [InlineData("staff")]
    [InlineData("2")]
    [InlineData("")]
    [InlineData(null)]
    public void AnythingElseIsNotALevel(string? text) => Assert.False(LevelNames.TryParse(text, out _));

    [Fact]
    public void PrinciplesNeedAHeadingForEveryLevelInOrder() =>
        Assert.Equal(["Entry", "Mid", "Senior", "Principal"], ContentRules.LevelHeadings);

    [Fact]
    public void AnUndefinedLevelHasNoName() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ((Level)9).DisplayName());
}
