using InterviewPrep.Web.Features.Practice;

namespace InterviewPrep.Web.Tests.Features.Practice;

public sealed class CountdownTests : BunitContext
{
    [Fact]
    public void TheTimeLeftShowsAsMinutesAndSecondsWithABarOfTheShareLeft()
    {
        var cut = Render<Countdown>(p => p.Add(x => x.Remaining, 75).Add(x => x.Total, 120));

        var timer = cut.Find("[role=timer]");
        Assert.Equal("Time left", timer.GetAttribute("aria-label"));
        Assert.Equal("1:15", cut.Find(".countdown-value").TextContent);
        Assert.Equal("width:62.5%", cut.Find(".countdown-bar span").GetAttribute("style"));
        Assert.False(timer.ClassList.Contains("low"));
    }

    [Fact]
    public void TheLastTwentySecondsAreMarkedLow()
    {
        var cut = Render<Countdown>(p => p.Add(x => x.Remaining, 20).Add(x => x.Total, 60));

        Assert.True(cut.Find(".countdown").ClassList.Contains("low"));
        Assert.Equal("0:20", cut.Find(".countdown-value").TextContent);
    }

    [Fact]
    public void AfterTheTimeIsUpItCountsTheOverrunAndEmptiesTheBar()
    {
        var cut = Render<Countdown>(p => p.Add(x => x.Remaining, -67).Add(x => x.Total, 60));

        Assert.True(cut.Find(".countdown").ClassList.Contains("over"));
        Assert.Equal("Time is up · +1:07", cut.Find(".countdown-value").TextContent);
        Assert.Equal("width:0%", cut.Find(".countdown-bar span").GetAttribute("style"));
    }
}
