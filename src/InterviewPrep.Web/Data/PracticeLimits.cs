namespace InterviewPrep.Web.Data;

/// <summary>Size limits for practice answers, shared by the session page and the critique API.</summary>
public static class PracticeLimits
{
    /// <summary>About 3,000 words: seven times the point where an answer is already too long (<see cref="Core.Critique.AnswerLength"/>).</summary>
    public const int AnswerText = 20_000;

    public const int QuestionText = 1_000;
}
