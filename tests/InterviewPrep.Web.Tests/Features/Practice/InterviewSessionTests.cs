using InterviewPrep.Web.Features.Practice;
using Microsoft.Extensions.Time.Testing;

namespace InterviewPrep.Web.Tests.Features.Practice;

public sealed class InterviewSessionTests(TestAppFactory factory) : IClassFixture<TestAppFactory>
{
    private readonly Interviews _interviews = new(factory);

    private ContentCatalog Catalog => _interviews.Catalog;

    private FakeTimeProvider Clock => _interviews.Clock;

    [Fact]
    public void StartingWithNoPrincipleChosenStaysOnTheSetupAndSaysWhatIsMissing()
    {
        var session = _interviews.New();

        var started = session.Start(Interviews.Setup(), Catalog, new Random(1));

        Assert.False(started);
        Assert.Equal(InterviewStage.Setup, session.Stage);
        Assert.Equal("Choose at least one principle, or pick the full loop.", session.SetupError);
        Assert.Equal(0, session.Step);
    }

    [Fact]
    public void StartingAsksAQuestionOfTheChosenPrincipleWithTheWholeAnswerTimeOnTheClock()
    {
        var session = _interviews.New();

        Assert.True(session.Start(Interviews.Setup("dive-deep", minutes: 3), Catalog, new Random(1)));

        Assert.Equal(InterviewStage.Answering, session.Stage);
        Assert.Single(session.Rounds);
        Assert.Equal("dive-deep", session.Current.Principle.Slug);
        Assert.Contains(Catalog.FindPrinciple("dive-deep")!.Questions, q => q.Text == session.QuestionText);
        Assert.Equal(180, session.Remaining);
        Assert.Equal(Interviews.Morning.UtcDateTime, session.StartedAt);
        Assert.Null(session.CurrentFollowUp);
        Assert.Equal(1, session.Step);
    }

    [Fact]
    public void TheClockRunsDownAnnouncesThirtySecondsAndTimeUpThenCountsTheOverrun()
    {
        var session = _interviews.Started(minutes: 1);

        Clock.Advance(TimeSpan.FromSeconds(29));
        session.Tick();
        Assert.Equal(31, session.Remaining);
        Assert.Null(session.Announcement);

        Clock.Advance(TimeSpan.FromSeconds(1));
        session.Tick();
        Assert.Equal("Thirty seconds left.", session.Announcement);

        Clock.Advance(TimeSpan.FromSeconds(30));
        session.Tick();
        Assert.Equal("Time is up. Finish your sentence and hand it over.", session.Announcement);

        Clock.Advance(TimeSpan.FromSeconds(12));
        Assert.Equal(-12, session.Remaining);
    }

    [Fact]
    public void AnEmptyFirstAnswerIsRefusedAndTheQuestionStaysOnTheClock()
    {
        var session = _interviews.Started();

        Assert.False(session.SubmitAnswer("   "));

        Assert.Equal(InterviewStage.Answering, session.Stage);
        Assert.Equal("Type your answer first. Even a rough one gets useful follow-ups.", session.Error);
        Assert.Null(session.Current.Critique);
    }

    [Fact]
    public async Task AnAnswerWithNoBaselineGetsAFollowUpOnItWithHalfTheTime()
    {
        var session = _interviews.Started(minutes: 2);
        Clock.Advance(TimeSpan.FromSeconds(75));

        Assert.True(session.SubmitAnswer(PracticeAnswers.NoBaseline + "  "));
        Assert.Equal(InterviewStage.Thinking, session.Stage);
        Assert.Equal(75, session.Current.Seconds);
        Assert.Equal(PracticeAnswers.NoBaseline, session.Current.Answer);

        await session.AskFollowUpsAsync(CancellationToken.None);

        Assert.Equal(InterviewStage.FollowUp, session.Stage);
        Assert.Equal(0, session.FollowUpIndex);
        Assert.InRange(session.Current.FollowUps.Count, 1, InterviewSession.MaxFollowUps);
        Assert.Contains(session.Current.FollowUps, f => f.FindingCode == FindingCodes.NoBaseline);
        Assert.Equal(session.Current.FollowUps[0].Question, session.QuestionText);
        Assert.Equal(60, session.Remaining);
        Assert.Null(session.Error);
        Assert.Equal(2, session.Step);
    }

    [Fact]
    public async Task AFollowUpThatGivesTheBaselineIsResolvedOnTheScorecard()
    {
        var session = await _interviews.AtFirstFollowUpAsync();

        while (session.Stage == InterviewStage.FollowUp)
        {
            Clock.Advance(TimeSpan.FromSeconds(20));
            if (session.CurrentFollowUp!.FindingCode == FindingCodes.NoBaseline)
            {
                Assert.True(session.AnswerFollowUp(PracticeAnswers.BaselineFollowUp));
            }
            else
            {
                session.SkipFollowUp();
            }
        }

        Assert.Equal(InterviewStage.Scorecard, session.Stage);
        var answer = Assert.Single(session.Answers);
        Assert.Contains(FindingCodes.NoBaseline, answer.FindingCodes);
        Assert.Contains(FindingCodes.NoBaseline, answer.ResolvedCodes);
        Assert.True(answer.ScoreWithFollowUps > answer.Score);
        Assert.All(answer.FollowUps, f => Assert.Equal(20, f.SecondsTaken));
        Assert.Contains(answer.FollowUps, f => f.Answer == PracticeAnswers.BaselineFollowUp);
        Assert.StartsWith("1 question ", session.Summary(), StringComparison.Ordinal);
        Assert.Contains($"The first answer scored {answer.Score}, {answer.ScoreWithFollowUps} with the follow-ups", session.Summary(), StringComparison.Ordinal);
        Assert.Equal(session.Current.Messages()[FindingCodes.NoBaseline], session.Messages[0][FindingCodes.NoBaseline]);
    }

    [Fact]
    public async Task AnEmptyFollowUpAnswerIsRefusedButSkippingMovesOnAndLeavesTheFirstScore()
    {
        var session = await _interviews.AtFirstFollowUpAsync();
        session.Current.RecordingUrl = "blob:first-answer";
        var asked = session.CurrentFollowUp!;

        Assert.False(session.AnswerFollowUp(string.Empty));
        Assert.Equal("Type your answer, or skip this follow-up.", session.Error);
        Assert.Same(asked, session.CurrentFollowUp);

        while (session.Stage == InterviewStage.FollowUp)
        {
            session.SkipFollowUp();
            Assert.Null(session.Error);
        }

        var answer = Assert.Single(session.Answers);
        Assert.Empty(answer.ResolvedCodes);
        Assert.Equal(answer.Score, answer.ScoreWithFollowUps);
        Assert.All(answer.FollowUps, f => Assert.Equal(string.Empty, f.Answer));
        Assert.Equal(["blob:first-answer"], session.Recordings);
    }

    [Fact]
    public async Task TheInterviewerAsksTheFollowUpsAsThePhraserWordedThemAndTheEnginesWhereItGaveNone()
    {
        var session = _interviews.New(new FirstOnlyPhraser());
        session.Start(Interviews.Setup("dive-deep"), Catalog, new Random(1));
        session.SubmitAnswer(PracticeAnswers.NoBaseline);

        await session.AskFollowUpsAsync(CancellationToken.None);

        var engine = session.Current.Critique!.FollowUps.Take(InterviewSession.MaxFollowUps).ToList();
        Assert.Equal("Reworded: " + engine[0].Question, session.QuestionText);
        Assert.Equal(engine.Skip(1).Select(f => f.Question), session.Current.FollowUps.Skip(1).Select(f => f.Question));
        Assert.Equal(engine.Select(f => f.FindingCode), session.Current.FollowUps.Select(f => f.FindingCode));
    }

    [Fact]
    public async Task AFullLoopAsksFourPrinciplesOneAfterAnotherAndIsSavedAsALoop()
    {
        var session = _interviews.New();
        Assert.True(session.Start(Interviews.Setup(fullLoop: true, level: Level.Mid), Catalog, new Random(7)));

        var principles = new List<string>();
        while (session.Stage != InterviewStage.Scorecard)
        {
            Assert.Equal(InterviewStage.Answering, session.Stage);
            principles.Add(session.Current.Principle.Slug);
            Assert.Equal(principles.Count - 1, session.Index);
            session.SubmitAnswer(PracticeAnswers.NoBaseline);
            await session.AskFollowUpsAsync(CancellationToken.None);
            while (session.Stage == InterviewStage.FollowUp)
            {
                session.SkipFollowUp();
            }
        }

        Assert.Equal(InterviewPlan.LoopLength, principles.Distinct().Count());
        var saved = session.ToPracticeSession("user-1");
        Assert.Equal("user-1", saved.UserId);
        Assert.True(saved.FullLoop);
        Assert.Equal(Level.Mid, saved.Level);
        Assert.Equal(120, saved.AnswerSeconds);
        Assert.Equal(Interviews.Morning.UtcDateTime, saved.StartedAt);
        Assert.Equal(principles, saved.Answers.Select(a => a.PrincipleSlug));
        Assert.Equal([0, 1, 2, 3], saved.Answers.Select(a => a.Position));
        Assert.StartsWith("4 questions ", session.Summary(), StringComparison.Ordinal);
    }

    [Fact]
    public void ASavedStoryToldAsTheAnswerIsCritiquedByItsStarPartsAndNamedOnTheScorecard()
    {
        var session = _interviews.Started();

        Assert.False(session.SubmitStory(null));
        Assert.Equal("Choose the story you are telling.", session.Error);

        var star = StarFields.Empty with
        {
            Situation = "Customers of our travel site complained that multi-city searches were slow in the evenings.",
            Action = "I read the slow query log, found an unindexed join on the route key, and added a composite index behind a flag.",
            Result = "Search latency improved by 40% and the complaints stopped.",
        };
        var story = new Story { UserId = "user-1", Title = "The slow multi-city search", Star = star };
        Assert.True(session.SubmitStory(story));

        Assert.Equal(InterviewStage.Thinking, session.Stage);
        Assert.Equal(star, session.Current.Star);
        Assert.NotNull(session.Current.Critique);
        Assert.Equal(story.Title, session.ToPracticeSession("user-1").Answers[0].StoryTitle);
    }

    [Fact]
    public async Task EachQuestionAndFollowUpIsANewStepWithItsOwnClockAndNoOldError()
    {
        var session = _interviews.Started(minutes: 2);
        session.SubmitAnswer(string.Empty);
        Assert.NotNull(session.Error);
        session.SubmitAnswer(PracticeAnswers.NoBaseline);
        await session.AskFollowUpsAsync(CancellationToken.None);
        Assert.True(session.Current.FollowUps.Count > 1, "The planted answer should draw more than one follow-up.");

        Clock.Advance(TimeSpan.FromSeconds(50));
        session.SkipFollowUp();

        Assert.Equal(3, session.Step);
        Assert.Equal(1, session.FollowUpIndex);
        Assert.Equal(60, session.Remaining);
        Assert.Equal(50, session.Current.FollowUps[0].Seconds);
        Assert.Null(session.Error);
    }

    [Fact]
    public async Task CallsThatDoNotFitTheStageChangeNothing()
    {
        var session = await _interviews.AtFirstFollowUpAsync();
        var step = session.Step;

        Assert.False(session.SubmitAnswer(PracticeAnswers.NoBaseline));
        Assert.False(session.SubmitStory(null));
        await session.AskFollowUpsAsync(CancellationToken.None);

        Assert.Equal(InterviewStage.FollowUp, session.Stage);
        Assert.Equal(step, session.Step);
        Assert.Null(session.Error);
    }

    [Fact]
    public void PractisingAgainGoesBackToTheSetupWithTheSameChoices()
    {
        var session = _interviews.New();
        var setup = Interviews.Setup("dive-deep", minutes: 4, level: Level.Principal, readAloud: true);
        session.Start(setup, Catalog, new Random(1));

        session.Restart();

        Assert.Equal(InterviewStage.Setup, session.Stage);
        Assert.Empty(session.Rounds);
        Assert.Same(setup, session.Setup);
    }

    [Fact]
    public void TheSetupStartsFromThePrincipleALinkAskedForIfTheCatalogHasIt()
    {
        Assert.Equal(["dive-deep"], InterviewSetup.For(Catalog, "dive-deep").Principles);
        Assert.Empty(InterviewSetup.For(Catalog, "no-such-principle").Principles);
        Assert.Equal(2, InterviewSetup.For(Catalog, null).Minutes);
        Assert.Equal(30, Interviews.Setup(minutes: 1).FollowUpSeconds);
        Assert.Equal(150, Interviews.Setup(minutes: 5).FollowUpSeconds);
    }

    private sealed class FirstOnlyPhraser : IFollowUpPhraser
    {
        public Task<IReadOnlyList<string>> PhraseAsync(FollowUpContext context, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<string>>(["Reworded: " + context.FollowUps[0].Question]);
    }
}
