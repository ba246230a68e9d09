using InterviewPrep.Core.Content;
using InterviewPrep.Core.Critique;
using InterviewPrep.Web.Data;
using InterviewPrep.Web.Services;

namespace InterviewPrep.Web.Features.Practice;

/// <summary>One question of a mock interview while it is being asked: the answer, its critique and the follow-ups.</summary>
public sealed class InterviewRound(Question question, Principle principle)
{
    public Question Question { get; } = question;

    public Principle Principle { get; } = principle;

    public string Answer { get; set; } = string.Empty;

    /// <summary>The saved story delivered instead of a typed answer, if any.</summary>
    public Story? Story { get; set; }

    public StarFields? Star { get; set; }

    public AnswerCritique? Critique { get; set; }

    public int Seconds { get; set; }

    public List<AskedFollowUp> FollowUps { get; } = [];

    public RoundReview? Review { get; set; }

    /// <summary>A blob: URL of the candidate's recording; it exists only in their browser.</summary>
    public string? RecordingUrl { get; set; }

    public PracticeAnswer ToEntity(int position) => new()
    {
        Position = position,
        PrincipleSlug = Principle.Slug,
        QuestionKey = Question.Key,
        QuestionText = Truncate(Question.Text, PracticeLimits.QuestionText),
        AnswerText = Truncate(Critique?.Text ?? Answer, PracticeLimits.AnswerText),
        StoryTitle = Story is null ? null : Truncate(Story.Title, StoryLimits.Title),
        SecondsTaken = Seconds,
        Score = Critique?.Score ?? 0,
        ScoreWithFollowUps = Review?.ScoreWithFollowUps ?? Critique?.Score ?? 0,
        FindingCodes = Critique?.Findings.Select(f => f.Code).ToList() ?? [],
        ResolvedCodes = Review?.ResolvedCodes.ToList() ?? [],
        FollowUps = FollowUps.Select(f => new PracticeFollowUp
        {
            Question = Truncate(f.Question, PracticeLimits.QuestionText),
            FindingCode = f.FindingCode,
            Answer = Truncate(f.Answer, PracticeLimits.AnswerText),
            SecondsTaken = f.Seconds,
        }).ToList(),
    };

    public IReadOnlyDictionary<string, string> Messages() =>
        Critique?.Findings.DistinctBy(f => f.Code).ToDictionary(f => f.Code, f => f.Message, StringComparer.Ordinal) ?? [];

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];
}

/// <summary>A follow-up as the interviewer asked it, aimed at one finding of the first answer.</summary>
public sealed class AskedFollowUp(string question, string? findingCode)
{
    public string Question { get; } = question;

    public string? FindingCode { get; } = findingCode;

    public string Answer { get; set; } = string.Empty;

    public int Seconds { get; set; }
}
