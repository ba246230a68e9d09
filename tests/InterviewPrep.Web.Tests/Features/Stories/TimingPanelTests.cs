using InterviewPrep.Web.Features.Stories;

namespace InterviewPrep.Web.Tests.Features.Stories;

public sealed class TimingPanelTests : BunitContext
{
    [Fact]
    public void AnAnswerTooLongToSayIsFlagged()
    {
        var words = WordsFor(AnswerLength.MaxSeconds + 30);

        var cut = Render<TimingPanel>(p => p.Add(x => x.Words, Words(situation: words / 4, action: words - (words / 4))));

        Assert.Contains($"about {AnswerLength.Format(words)} spoken", cut.Find(".timing-total").TextContent, StringComparison.Ordinal);
        Assert.Equal("Over three minutes: cut the situation and keep the action.", Assert.Single(cut.FindAll(".flag")).TextContent);
    }

    [Fact]
    public void AnAnswerTooShortIsFlaggedButAnEmptyOneIsNot()
    {
        var cut = Render<TimingPanel>(p => p.Add(x => x.Words, Words(action: WordsFor(AnswerLength.MinSeconds - 20))));

        Assert.StartsWith("Under a minute", Assert.Single(cut.FindAll(".flag")).TextContent, StringComparison.Ordinal);

        cut.Render(p => p.Add(x => x.Words, Words()));

        Assert.Empty(cut.FindAll(".flag"));
        Assert.Equal("0 words · about 0 s spoken", cut.Find(".timing-total").TextContent);
    }

    [Fact]
    public void TheBalanceShowsEachPartsShareAndFlagsAThinAction()
    {
        var words = WordsFor(120);

        var cut = Render<TimingPanel>(p => p.Add(x => x.Words, Words(situation: words * 3 / 4, action: words - (words * 3 / 4))));

        var legend = cut.FindAll(".balance-legend li").Select(li => li.TextContent).ToList();
        Assert.Equal(["Situation 75%", "Task 0%", "Action 25%", "Result 0%", "Reflection 0%"], legend);
        Assert.Equal(2, cut.FindAll(".balance-part").Count);
        Assert.Equal("Action is only 25% of the answer. Most of the time belongs to what you did.", Assert.Single(cut.FindAll(".flag")).TextContent);
    }

    [Fact]
    public void AWellBalancedTwoMinuteAnswerHasNoFlag()
    {
        var words = WordsFor(120);

        var cut = Render<TimingPanel>(p => p.Add(x => x.Words, Words(situation: words / 5, action: words * 3 / 5, result: words - (words / 5) - (words * 3 / 5))));

        Assert.Empty(cut.FindAll(".flag"));
    }

    private static int WordsFor(int seconds) => seconds * AnswerLength.WordsPerMinute / 60;

    private static Dictionary<StarPart, int> Words(int situation = 0, int action = 0, int result = 0) => new()
    {
        [StarPart.Situation] = situation,
        [StarPart.Task] = 0,
        [StarPart.Action] = action,
        [StarPart.Result] = result,
        [StarPart.Reflection] = 0,
    };
}
