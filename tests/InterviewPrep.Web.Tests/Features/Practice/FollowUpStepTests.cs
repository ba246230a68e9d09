using InterviewPrep.Web.Features.Practice;

namespace InterviewPrep.Web.Tests.Features.Practice;

public sealed class FollowUpStepTests(TestAppFactory factory) : BunitContext, IClassFixture<TestAppFactory>
{
    private readonly Interviews _interviews = new(factory);

    [Fact]
    public async Task TheFollowUpIsAskedWithHalfTheTimeAndAShorterBox()
    {
        var session = await _interviews.AtFirstFollowUpAsync();

        var cut = Render<FollowUpStep>(p => p.Add(x => x.Session, session));

        Assert.Equal(session.Current.FollowUps[0].Question, cut.Find("#interviewer-says").TextContent);
        Assert.Equal("1:00", cut.Find(".countdown-value").TextContent);
        Assert.Equal("Your answer to the follow-up", cut.Find("label[for=practice-answer]").TextContent);
        Assert.Equal("6", cut.Find("#practice-answer").GetAttribute("rows"));
        Assert.Equal("Answer the follow-up.", cut.Find("#practice-answer").GetAttribute("placeholder"));
    }

    [Fact]
    public async Task DoneHandsInWhatWasTypedAndSkipSkips()
    {
        var answers = new List<string>();
        var skips = 0;
        var session = await _interviews.AtFirstFollowUpAsync();
        var cut = Render<FollowUpStep>(p => p
            .Add(x => x.Session, session)
            .Add(x => x.OnAnswer, (string text) => answers.Add(text))
            .Add(x => x.OnSkip, () => skips++));

        cut.Find("#practice-answer").Input(PracticeAnswers.BaselineFollowUp);
        cut.FindAll(".interview-actions button").Single(b => b.TextContent == "Done").Click();
        cut.FindAll(".interview-actions button").Single(b => b.TextContent == "Skip this follow-up").Click();

        Assert.Equal([PracticeAnswers.BaselineFollowUp], answers);
        Assert.Equal(1, skips);
    }
}
