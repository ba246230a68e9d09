namespace InterviewPrep.Core.Tests.Critique;

public sealed class AnswerLengthTests
{
    [Fact]
    public void AGoodAnswerTakesTwoToThreeMinutesAt140WordsAMinute()
    {
        Assert.Equal(280, AnswerLength.TargetMinWords);
        Assert.Equal(420, AnswerLength.TargetMaxWords);
        Assert.Equal("two to three minutes, about 280 to 420 words", AnswerLength.Target);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(70, 30)]
    [InlineData(140, 60)]
    [InlineData(300, 129)]
    [InlineData(420, 180)]
    public void SpeakingTimeIsRoundedToTheSecond(int words, int seconds) => Assert.Equal(seconds, AnswerLength.Seconds(words));

    [Theory]
    [InlineData(45, "19 s")]
    [InlineData(139, "1:00 min")]
    [InlineData(300, "2:09 min")]
    public void TheTimeReadsAsItIsShown(int words, string shown) => Assert.Equal(shown, AnswerLength.Format(words));

    [Theory]
    [InlineData(1, true)]
    [InlineData(138, true)]
    [InlineData(139, false)]
    [InlineData(0, false)]
    public void AnAnswerIsTooShortWhenItIsShownUnderAMinute(int words, bool tooShort) =>
        Assert.Equal(tooShort, AnswerLength.IsTooShort(words));

    [Theory]
    [InlineData(421, false)]
    [InlineData(422, true)]
    [InlineData(700, true)]
    public void AnAnswerIsTooLongWhenItIsShownOverThreeMinutes(int words, bool tooLong) =>
        Assert.Equal(tooLong, AnswerLength.IsTooLong(words));

    [Fact]
    public void NoAnswerIsBothTooShortAndTooLong() =>
        Assert.DoesNotContain(Enumerable.Range(0, 2000), w => AnswerLength.IsTooShort(w) && AnswerLength.IsTooLong(w));

    [Theory]
    [InlineData(30, 20, 10, true)]
    [InlineData(20, 20, 40, false)]
    [InlineData(40, 20, 39, true)]
    [InlineData(30, 30, 40, false)]
    [InlineData(10, 10, 5, false)]
    public void TheActionIsThinUnderFortyPercentOfAnAnswerLongEnoughToWeigh(int situation, int result, int action, bool thin)
    {
        var words = new Dictionary<StarPart, int> { [StarPart.Situation] = situation, [StarPart.Action] = action, [StarPart.Result] = result };

        Assert.Equal(thin, AnswerLength.IsActionThin(words));
    }
}
