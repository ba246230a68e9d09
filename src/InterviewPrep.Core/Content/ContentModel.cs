namespace InterviewPrep.Core.Content;

/// <summary>The level a story or answer is pitched at.</summary>
public enum Level
{
    Entry,
    Mid,
    Senior,
    Principal,
}

/// <summary>
/// How a <see cref="Level"/> is spelled, in one place: its heading in a principle file, its label on a page, and its
/// key inside a sentence, a URL or the API.
/// </summary>
public static class LevelNames
{
    private static readonly string[] Headings = ["Entry", "Mid", "Senior", "Principal"];

    /// <summary>"Entry", "Mid", "Senior", "Principal": the level's heading under "How it is scored at each level".</summary>
    public static string Heading(this Level level) =>
        Enum.IsDefined(level) ? Headings[(int)level] : throw new ArgumentOutOfRangeException(nameof(level), level, null);

    /// <summary>"Entry level", "Mid level", "Senior", "Principal": the level as a label on its own.</summary>
    public static string DisplayName(this Level level) => level <= Level.Mid ? $"{level.Heading()} level" : level.Heading();

    /// <summary>"entry", "mid", "senior", "principal": inside a sentence ("at senior level"), in a URL and in the API.</summary>
    public static string Key(this Level level) => level.Heading().ToLowerInvariant();

    /// <summary>Reads a level from its key, ignoring case and surrounding spaces.</summary>
    public static bool TryParse(string? value, out Level level)
    {
        foreach (var candidate in Enum.GetValues<Level>())
        {
            if (string.Equals(value?.Trim(), candidate.Key(), StringComparison.OrdinalIgnoreCase))
            {
                level = candidate;
                return true;
            }
        }

        level = default;
        return false;
    }
}

/// <summary>Whether an annotated example shows how to answer or how not to.</summary>
public enum Verdict
{
    Strong,
    Weak,
}

/// <summary>The five parts of a STAR answer, in the order they are told.</summary>
public enum StarPart
{
    Situation,
    Task,
    Action,
    Result,
    Reflection,
}

/// <summary>
/// What a company calls a principle it tests, and where that was read: the page (<paramref name="Source"/>) and the day
/// someone last checked it said so (<paramref name="Checked"/>). Both are required in content; a file without them is
/// not loaded, so a catalog's mappings always have them.
/// </summary>
public sealed record CompanyName(string Company, string Name, Uri? Source, DateOnly? Checked);

/// <summary>
/// A check the critic runs only on answers to the principles that ask for it in the <c>critique</c> field of their
/// front matter, written in lower case: <c>critique: [reversibility]</c>.
/// </summary>
public enum CritiqueCheck
{
    /// <summary>Whether the answer says how a fast decision could be undone and its damage limited (<c>no-reversibility</c>).</summary>
    Reversibility,
}

/// <summary>A question variation an interviewer asks to test a principle.</summary>
/// <param name="Key">Globally unique key, <c>principle-slug/question-id</c>, stable across edits.</param>
public sealed record Question(string Key, string Id, string PrincipleSlug, string Text);

/// <summary>A follow-up an interviewer uses to test depth, and what it checks.</summary>
public sealed record Probe(string Text, string Checks);

/// <summary>An answer pattern that reads as weak, and why.</summary>
public sealed record Trap(string Text, string Why);

public sealed record Principle(
    string Slug,
    string Title,
    string Summary,
    int Order,
    IReadOnlyList<CompanyName> Companies,
    IReadOnlyList<string> Related,
    IReadOnlyList<Question> Questions,
    IReadOnlyList<Probe> Probes,
    IReadOnlyList<Trap> Traps,
    IReadOnlyList<CritiqueCheck> Checks,
    string Html,
    string SourcePath);

/// <summary>A highlighted phrase inside a paragraph: <see cref="Number"/> links it to its note.</summary>
public sealed record Highlight(int Start, int Length, int Number);

public sealed record AnswerParagraph(string Text, IReadOnlyList<Highlight> Highlights);

public sealed record AnswerSection(StarPart Part, IReadOnlyList<AnswerParagraph> Paragraphs);

/// <summary>A numbered note tied to the exact phrase of the answer, or of a follow-up reply, it comments on.</summary>
public sealed record Annotation(int Number, string Quote, string Note);

/// <summary>
/// One follow-up after the answer: the interviewer's probe and the candidate's reply. The reply's notes are numbered
/// after the answer's and after those of the replies before it, so one page never shows the same number twice.
/// </summary>
public sealed record TranscriptTurn(string Probe, AnswerParagraph Reply, IReadOnlyList<Annotation> Annotations);

public sealed record ExampleAnswer(
    string Slug,
    string Title,
    string PrincipleSlug,
    Level Level,
    Verdict Verdict,
    string Domain,
    string Role,
    string Question,
    IReadOnlyList<AnswerSection> Sections,
    IReadOnlyList<Annotation> Annotations,
    IReadOnlyList<TranscriptTurn> Transcript,
    string SourcePath)
{
    public int WordCount => Sections.Sum(s => s.Paragraphs.Sum(p => TextStats.CountWords(p.Text)));
}

/// <summary>A long-form guide, or a site page such as the privacy policy.</summary>
public sealed record Article(string Slug, string Title, string Summary, int Order, string Html, string SourcePath);

/// <summary>A problem found while loading content: always names the file and the line.</summary>
public sealed record ContentError(string File, int Line, string Message)
{
    public override string ToString() => $"{File}:{Line}: {Message}";
}
