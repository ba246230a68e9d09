using InterviewPrep.Core.Content;

namespace InterviewPrep.Core.Critique;

/// <summary>A stretch of the critiqued text, in UTF-16 code units.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;
}

/// <summary>One thing the answer should fix, and the text that shows it, when there is such text.</summary>
public sealed record Finding(string Code, string Message, IReadOnlyList<TextSpan> Spans);

/// <summary>A question an interviewer would likely ask next; <see cref="FromCatalog"/> when it is one of the principle's probes.</summary>
public sealed record FollowUp(string Question, string? FindingCode, bool FromCatalog);

/// <summary>Points taken off the score and why; <see cref="Reason"/> is a finding code or a <see cref="ScoreReasons"/> value.</summary>
public sealed record ScoreDeduction(string Reason, int Points);

/// <summary>
/// The critic's verdict. Spans refer to <see cref="Text"/>: the free text as given, or the STAR fields joined with
/// <see cref="StarFields.Separator"/>.
/// </summary>
public sealed record AnswerCritique(
    string Text,
    int WordCount,
    int Score,
    IReadOnlyDictionary<StarPart, TextSpan> StarSpans,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<FollowUp> FollowUps,
    IReadOnlyList<ScoreDeduction> Deductions)
{
    public bool Has(string code) => Findings.Any(f => f.Code == code);
}

/// <summary>Every code a <see cref="Finding"/> can carry. The list is closed: the UI and the docs key on these strings.</summary>
public static class FindingCodes
{
    public const string MissingSituation = "missing-situation";
    public const string MissingTask = "missing-task";
    public const string MissingAction = "missing-action";
    public const string MissingResult = "missing-result";
    public const string NoMetric = "no-metric";
    public const string NoBaseline = "no-baseline";
    public const string WeNotI = "we-not-i";
    public const string VagueLanguage = "vague-language";
    public const string NoSpecifics = "no-specifics";
    public const string NoAlternatives = "no-alternatives";
    public const string NoReflection = "no-reflection";
    public const string NoReversibility = "no-reversibility";
    public const string TooShort = "too-short";
    public const string TooLong = "too-long";

    public static IReadOnlyList<string> All { get; } =
    [
        MissingSituation, MissingTask, MissingAction, MissingResult, NoMetric, NoBaseline, WeNotI,
        VagueLanguage, NoSpecifics, NoAlternatives, NoReflection, NoReversibility, TooShort, TooLong,
    ];

    public static string Missing(StarPart part) => part switch
    {
        StarPart.Situation => MissingSituation,
        StarPart.Task => MissingTask,
        StarPart.Action => MissingAction,
        StarPart.Result => MissingResult,
        _ => NoReflection,
    };
}

/// <summary>Score deductions that are expectations of a level rather than findings.</summary>
public static class ScoreReasons
{
    public const string CrossTeamScope = "cross-team-scope";
    public const string LastingMechanism = "lasting-mechanism";
}
