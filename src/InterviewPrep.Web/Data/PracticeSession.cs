using InterviewPrep.Core.Content;

namespace InterviewPrep.Web.Data;

/// <summary>A finished mock interview of a signed-in user: one or more questions, each with its follow-ups.</summary>
public sealed class PracticeSession
{
    public int Id { get; set; }

    public required string UserId { get; set; }

    public DateTime StartedAt { get; set; }

    public DateTime CompletedAt { get; set; }

    public Level Level { get; set; } = Level.Senior;

    /// <summary>The time allowed for each first answer; follow-ups get half of it.</summary>
    public int AnswerSeconds { get; set; }

    /// <summary>True for "a full loop": four questions across different principles, as in an onsite.</summary>
    public bool FullLoop { get; set; }

    public List<PracticeAnswer> Answers { get; set; } = [];
}

/// <summary>One question of a session: the first answer, its critique and what the follow-ups resolved.</summary>
public sealed class PracticeAnswer
{
    public int Id { get; set; }

    public int SessionId { get; set; }

    public PracticeSession? Session { get; set; }

    /// <summary>Position in the session, from 0.</summary>
    public int Position { get; set; }

    public required string PrincipleSlug { get; set; }

    public required string QuestionKey { get; set; }

    public string QuestionText { get; set; } = string.Empty;

    /// <summary>What was critiqued: the typed answer, or a saved story's fields joined in STAR order.</summary>
    public string AnswerText { get; set; } = string.Empty;

    /// <summary>The title of the saved story delivered, if one was (the story itself may be edited or deleted later).</summary>
    public string? StoryTitle { get; set; }

    public int SecondsTaken { get; set; }

    /// <summary>The first answer's score.</summary>
    public int Score { get; set; }

    /// <summary>The score of the first answer read together with the follow-up answers.</summary>
    public int ScoreWithFollowUps { get; set; }

    /// <summary>The finding codes of the first answer.</summary>
    public List<string> FindingCodes { get; set; } = [];

    /// <summary>The subset of <see cref="FindingCodes"/> that the follow-up answers resolved.</summary>
    public List<string> ResolvedCodes { get; set; } = [];

    public List<PracticeFollowUp> FollowUps { get; set; } = [];
}

/// <summary>A follow-up question as it was asked, the finding it aimed at, and the answer.</summary>
public sealed class PracticeFollowUp
{
    public string Question { get; set; } = string.Empty;

    public string? FindingCode { get; set; }

    public string Answer { get; set; } = string.Empty;

    public int SecondsTaken { get; set; }
}
