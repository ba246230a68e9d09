using InterviewPrep.Web.Features.Practice;
using Microsoft.Extensions.Time.Testing;

namespace InterviewPrep.Web.Tests.Features.Practice;

/// <summary>Mock interviews for tests: the real catalog and critic, the engine's follow-ups, and a clock the test moves.</summary>
internal sealed class Interviews(TestAppFactory factory)
{
    public static readonly DateTimeOffset Morning = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Clock { get; } = new(Morning);

    public PracticeCoach Coach => factory.Services.GetRequiredService<PracticeCoach>();

    public ContentCatalog Catalog => factory.Services.GetRequiredService<ContentStore>().Current;

    public static InterviewSetup Setup(string? principle = null, int minutes = 2, bool fullLoop = false, Level level = Level.Senior, bool readAloud = false) =>
        new(principle is null ? new HashSet<string>() : new HashSet<string> { principle }, fullLoop, level, minutes, readAloud);

    public InterviewSession New(IFollowUpPhraser? phraser = null) => new(Coach, phraser ?? new EngineFollowUpPhraser(), Clock, Setup());

    /// <summary>A session asking its one Dive Deep question.</summary>
    public InterviewSession Started(int minutes = 2)
    {
        var session = New();
        Assert.True(session.Start(Setup("dive-deep", minutes), Catalog, new Random(1)));
        return session;
    }

    /// <summary>A session whose first answer lacked a baseline, now asking the first follow-up.</summary>
    public async Task<InterviewSession> AtFirstFollowUpAsync()
    {
        var session = Started();
        Assert.True(session.SubmitAnswer(PracticeAnswers.NoBaseline));
        await session.AskFollowUpsAsync(CancellationToken.None);
        Assert.Equal(InterviewStage.FollowUp, session.Stage);
        return session;
    }

    /// <summary>A session that skipped every follow-up and shows its scorecard.</summary>
    public async Task<InterviewSession> FinishedAsync()
    {
        var session = await AtFirstFollowUpAsync();
        while (session.Stage == InterviewStage.FollowUp)
        {
            session.SkipFollowUp();
        }

        return session;
    }
}
