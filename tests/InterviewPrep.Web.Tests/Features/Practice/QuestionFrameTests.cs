using InterviewPrep.Web.Features.Practice;

namespace InterviewPrep.Web.Tests.Features.Practice;

public sealed class QuestionFrameTests(TestAppFactory factory) : BunitContext, IClassFixture<TestAppFactory>
{
    private readonly Interviews _interviews = new(factory);

    [Fact]
    public void TheFrameSaysWhereTheCandidateIsAndShowsTheQuestionTheClockAndTheSteps()
    {
        var session = _interviews.Started(minutes: 3);

        var cut = Render<QuestionFrame>(p => p
            .Add(x => x.Session, session)
            .AddChildContent("<p class=\"step-body\">How you answer</p>")
            .Add(x => x.Actions, "<button type=\"button\">Done</button>"));

        Assert.Equal("interviewer-says", cut.Find("section.interview").GetAttribute("aria-labelledby"));
        Assert.Equal("Question 1 of 1 · Dive Deep", cut.Find(".interview .eyebrow").TextContent.Trim());
        Assert.Equal(session.QuestionText, cut.Find("#interviewer-says").TextContent);
        Assert.Equal("3:00", cut.Find("[role=timer] .countdown-value").TextContent);
        Assert.Equal("How you answer", cut.Find(".step-body").TextContent);
        Assert.Equal("Done", cut.Find(".interview-actions button").TextContent);
        Assert.Empty(cut.FindAll(".link-action"));
    }

    [Fact]
    public async Task AFollowUpSaysWhichOfTheRoundsFollowUpsItIs()
    {
        var session = await _interviews.AtFirstFollowUpAsync();

        var cut = Render<QuestionFrame>(p => p.Add(x => x.Session, session));

        Assert.Contains($"· Follow-up 1 of {session.Current.FollowUps.Count}", cut.Find(".interview .eyebrow").TextContent, StringComparison.Ordinal);
        Assert.Equal(session.Current.FollowUps[0].Question, cut.Find("#interviewer-says").TextContent);
    }

    [Fact]
    public async Task TheCandidateCanHearTheQuestionAgainWhenTheBrowserCanSpeak()
    {
        var module = JSInterop.SetupInterviewBrowser(canSpeak: true);
        module.SetupVoid("speak", _ => true).SetVoidResult();
        var session = _interviews.Started();
        var browser = await InterviewBrowser.LoadAsync(JSInterop.JSRuntime);
        var cut = Render<QuestionFrame>(p => p.Add(x => x.Session, session).Add(x => x.Browser, browser));

        cut.Find("button.link-action").Click();

        Assert.Equal("Hear the question again", cut.Find("button.link-action").TextContent);
        Assert.Equal(session.QuestionText, module.VerifyInvoke("speak").Arguments[0]);
    }

    [Fact]
    public void TheClockAnnouncementAndARefusedAnswerReachScreenReaders()
    {
        var session = _interviews.Started(minutes: 1);
        _interviews.Clock.Advance(TimeSpan.FromSeconds(30));
        session.Tick();
        session.SubmitAnswer(string.Empty);

        var cut = Render<QuestionFrame>(p => p.Add(x => x.Session, session));

        Assert.Equal("Thirty seconds left.", cut.Find("[aria-live=polite]").TextContent);
        Assert.Equal("Type your answer first. Even a rough one gets useful follow-ups.", cut.Find("[role=alert]").TextContent);
    }
}
