namespace InterviewPrep.Web.Data;

/// <summary>Size limits and quotas for practice sessions, shared by the session page, the practice log and the critique API.</summary>
public static class PracticeLimits
{
    /// <summary>About 3,000 words: seven times the point where an answer is already too long (<see cref="Core.Critique.AnswerLength"/>).</summary>
    public const int AnswerText = 20_000;

    public const int QuestionText = 1_000;

    /// <summary>A full loop asks one question per principle; nothing real comes near this.</summary>
    public const int AnswersPerSession = 30;

    public const int FollowUpsPerAnswer = 5;

    /// <summary>Sessions one account keeps: years of daily practice.</summary>
    public const int SessionsPerUser = 10_000;
}
