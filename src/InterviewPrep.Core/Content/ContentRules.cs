namespace InterviewPrep.Core.Content;

/// <summary>The minimums every piece of content must meet; the loader reports anything below them.</summary>
public static class ContentRules
{
    public const int MinQuestions = 6;
    public const int MinProbes = 6;
    public const int MinTraps = 3;
    public const int MinAnnotations = 4;

    /// <summary>
    /// The most words an example answer may have, on top of AnswerLength's three minutes (about 421 words). An example
    /// is what candidates copy, and a candidate telling a story aloud runs slower than 140 words a minute and pauses,
    /// so the model answer keeps a margin: 400 words is about 2:51 at that pace.
    /// </summary>
    public const int MaxExampleWords = 400;

    public const int MinTranscriptTurns = 2;
    public const int MaxTranscriptTurns = 4;
    public const int MinReplyWords = 30;
    public const int MaxReplyWords = 120;
    public const int MinReplyAnnotations = 1;
    public const int MaxReplyAnnotations = 3;

    public static readonly IReadOnlyList<string> PrincipleSections =
    [
        "What the interviewer is really testing",
        "How it is scored at each level",
        "What gets scored harder at senior",
        "How to pick a story",
    ];

    public static readonly IReadOnlyList<string> LevelHeadings = [.. Enum.GetValues<Level>().Select(l => l.Heading())];

    public static readonly IReadOnlyList<string> Domains =
    [
        "backend", "frontend", "mobile", "data", "ml", "infrastructure", "security", "qa", "product", "design",
        "engineering-management", "program-management", "operations", "customer-support", "sales", "marketing",
        "finance", "people", "hardware", "healthcare", "education", "retail",
    ];

    public static bool IsValidSlug(string value) =>
        value.Length is > 0 and <= 100
        && value.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-')
        && value[0] != '-' && value[^1] != '-';
}
