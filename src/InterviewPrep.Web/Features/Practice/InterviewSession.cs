using InterviewPrep.Core.Content;
using InterviewPrep.Core.Critique;
using InterviewPrep.Web.Data;
using InterviewPrep.Web.Services;

namespace InterviewPrep.Web.Features.Practice;

/// <summary>Where a mock interview stands. The page shows one step for each.</summary>
public enum InterviewStage
{
    Setup,
    Answering,

    /// <summary>The first answer is handed in and the interviewer is choosing the follow-ups.</summary>
    Thinking,
    FollowUp,
    Scorecard,
}

/// <summary>
/// One mock interview from setup to scorecard: the questions planned, the round being asked, the clock of the
/// current step, the follow-ups asked and answered. Plain C#: the page renders it and does the browser's part.
/// </summary>
public sealed class InterviewSession(PracticeCoach coach, IFollowUpPhraser phraser, TimeProvider clock, InterviewSetup setup)
{
    public const int MaxFollowUps = 3;

    private readonly List<InterviewRound> _rounds = [];
    private DateTimeOffset _stepStarted;

    public InterviewSetup Setup { get; private set; } = setup;

    /// <summary>The signed-in candidate, null for a visitor; the language-model interviewer is for candidates only.</summary>
    public string? UserId { get; set; }

    public InterviewStage Stage { get; private set; } = InterviewStage.Setup;

    public IReadOnlyList<InterviewRound> Rounds => _rounds;

    public int Index { get; private set; }

    /// <summary>-1 while the first answer is asked for, then the follow-up's position in the round.</summary>
    public int FollowUpIndex { get; private set; } = -1;

    /// <summary>Counts the steps asked so far, so a view can tell a new question from the same one rendered again.</summary>
    public int Step { get; private set; }

    public DateTime StartedAt { get; private set; }

    public int StepSeconds { get; private set; }

    public string? SetupError { get; private set; }

    /// <summary>Why the current step could not be handed in.</summary>
    public string? Error { get; private set; }

    /// <summary>What a screen reader hears as the clock runs down.</summary>
    public string? Announcement { get; private set; }

    public IReadOnlyList<PracticeAnswer> Answers { get; private set; } = [];

    public IReadOnlyList<IReadOnlyDictionary<string, string>> Messages { get; private set; } = [];

    public IReadOnlyList<string?> Recordings { get; private set; } = [];

    public InterviewRound Current => _rounds[Index];

    public AskedFollowUp? CurrentFollowUp => Stage == InterviewStage.FollowUp ? Current.FollowUps[FollowUpIndex] : null;

    public bool IsAsking => Stage is InterviewStage.Answering or InterviewStage.FollowUp;

    /// <summary>What the interviewer is asking right now.</summary>
    public string QuestionText => CurrentFollowUp?.Question ?? Current.Question.Text;

    public int Elapsed => (int)(clock.GetUtcNow() - _stepStarted).TotalSeconds;

    /// <summary>Seconds left in this step; negative once the time is up.</summary>
    public int Remaining => StepSeconds - Elapsed;

    public bool Start(InterviewSetup chosen, ContentCatalog catalog, Random random)
    {
        ArgumentNullException.ThrowIfNull(chosen);
        ArgumentNullException.ThrowIfNull(catalog);
        Setup = chosen;
        var questions = InterviewPlan.Create(catalog, chosen.Principles, chosen.FullLoop, random);
        if (questions.Count == 0)
        {
            SetupError = "Choose at least one principle, or pick the full loop.";
            return false;
        }

        SetupError = null;
        _rounds.Clear();
        _rounds.AddRange(questions.Select(q => new InterviewRound(q, catalog.FindPrinciple(q.PrincipleSlug)!)));
        StartedAt = clock.GetUtcNow().UtcDateTime;
        Index = 0;
        BeginStep(followUpIndex: -1);
        return true;
    }

    /// <summary>Called about once a second while a question is asked.</summary>
    public void Tick()
    {
        if (!IsAsking)
        {
            return;
        }

        var remaining = Remaining;
        if (remaining == 30)
        {
            Announcement = "Thirty seconds left.";
        }
        else if (remaining == 0)
        {
            Announcement = "Time is up. Finish your sentence and hand it over.";
        }
    }

    /// <summary>Hands in a typed first answer; on success the interviewer starts thinking.</summary>
    public bool SubmitAnswer(string draft)
    {
        if (Stage != InterviewStage.Answering)
        {
            return false;
        }

        if (string.IsNullOrWhiteSpace(draft))
        {
            Error = "Type your answer first. Even a rough one gets useful follow-ups.";
            return false;
        }

        var round = Current;
        round.Answer = draft.Trim();
        round.Critique = coach.Critique(round.Principle.Slug, Setup.Level, round.Answer);
        return HandOver();
    }

    /// <summary>Hands in a saved story told as the first answer; the critique reads its STAR parts.</summary>
    public bool SubmitStory(Story? story)
    {
        if (Stage != InterviewStage.Answering)
        {
            return false;
        }

        if (story is null)
        {
            Error = "Choose the story you are telling.";
            return false;
        }

        var round = Current;
        round.Story = story;
        round.Star = story.Star;
        round.Critique = coach.Critique(round.Principle.Slug, Setup.Level, round.Star);
        return HandOver();
    }

    /// <summary>The interviewer picks up to three weak spots of the first answer and asks about them.</summary>
    public async Task AskFollowUpsAsync(CancellationToken cancellationToken)
    {
        if (Stage != InterviewStage.Thinking)
        {
            return;
        }

        var round = Current;
        var engine = round.Critique!.FollowUps.Take(MaxFollowUps).ToList();
        var phrased = await phraser.PhraseAsync(new FollowUpContext(round.Principle, Setup.Level, round.Question.Text, round.Critique, engine, UserId), cancellationToken);
        round.FollowUps.Clear();
        round.FollowUps.AddRange(engine.Select((f, i) => new AskedFollowUp(i < phrased.Count ? phrased[i] : f.Question, f.FindingCode)));
        if (round.FollowUps.Count == 0)
        {
            Next();
            return;
        }

        BeginStep(followUpIndex: 0);
    }

    public bool AnswerFollowUp(string draft)
    {
        if (CurrentFollowUp is not { } followUp)
        {
            return false;
        }

        if (string.IsNullOrWhiteSpace(draft))
        {
            Error = "Type your answer, or skip this follow-up.";
            return false;
        }

        followUp.Answer = draft.Trim();
        followUp.Seconds = Elapsed;
        Next();
        return true;
    }

    public void SkipFollowUp()
    {
        if (CurrentFollowUp is not { } followUp)
        {
            return;
        }

        followUp.Answer = string.Empty;
        followUp.Seconds = Elapsed;
        Next();
    }

    /// <summary>Back to the setup form, with the choices of the session that just ended.</summary>
    public void Restart()
    {
        Stage = InterviewStage.Setup;
        _rounds.Clear();
    }

    /// <summary>The finished session as it is saved for a signed-in candidate.</summary>
    public PracticeSession ToPracticeSession(string userId) => new()
    {
        UserId = userId,
        StartedAt = StartedAt,
        Level = Setup.Level,
        AnswerSeconds = Setup.AnswerSeconds,
        FullLoop = Setup.FullLoop,
        Answers = _rounds.Select((r, i) => r.ToEntity(i)).ToList(),
    };

    /// <summary>One sentence over the whole scorecard: first scores, scores with the follow-ups, findings resolved.</summary>
    public string Summary()
    {
        var count = Answers.Count;
        var average = count == 0 ? 0 : (int)Math.Round(Answers.Average(a => a.Score));
        var after = count == 0 ? 0 : (int)Math.Round(Answers.Average(a => a.ScoreWithFollowUps));
        var resolved = Answers.Sum(a => a.ResolvedCodes.Count);
        var found = Answers.Sum(a => a.FindingCodes.Count);
        return $"{count} {(count == 1 ? "question" : "questions")} {FindingText.AtLevel(Setup.Level)}. "
            + (count == 1 ? $"The first answer scored {average}" : $"First answers scored {average} on average")
            + $", {after} with the follow-ups; the follow-ups resolved {resolved} of {found} {(found == 1 ? "finding" : "findings")}.";
    }

    private bool HandOver()
    {
        Current.Seconds = Elapsed;
        Stage = InterviewStage.Thinking;
        return true;
    }

    private void BeginStep(int followUpIndex)
    {
        FollowUpIndex = followUpIndex;
        Stage = followUpIndex < 0 ? InterviewStage.Answering : InterviewStage.FollowUp;
        Error = null;
        Announcement = null;
        StepSeconds = followUpIndex < 0 ? Setup.AnswerSeconds : Setup.FollowUpSeconds;
        _stepStarted = clock.GetUtcNow();
        Step++;
    }

    private void Next()
    {
        var round = Current;
        if (FollowUpIndex + 1 < round.FollowUps.Count)
        {
            BeginStep(FollowUpIndex + 1);
            return;
        }

        round.Review = coach.Review(round.Critique!, round.Star, round.Principle.Slug, Setup.Level, round.FollowUps.Select(f => (f.FindingCode, f.Answer)).ToList());
        if (Index + 1 < _rounds.Count)
        {
            Index++;
            BeginStep(followUpIndex: -1);
            return;
        }

        Answers = _rounds.Select((r, i) => r.ToEntity(i)).ToList();
        Messages = _rounds.Select(r => r.Messages()).ToList();
        Recordings = _rounds.Select(r => r.RecordingUrl).ToList();
        Stage = InterviewStage.Scorecard;
    }
}
