using InterviewPrep.Core.Content;

namespace InterviewPrep.Core.Critique;

/// <summary>The five fields of a saved story. Any field may be empty.</summary>
public sealed record StarFields(string Situation, string Task, string Action, string Result, string Reflection)
{
    /// <summary>Joins the fields between them, in STAR order, as the critic does before analysing them.</summary>
    public const string Separator = "\n\n";

    public static StarFields Empty { get; } = new(string.Empty, string.Empty, string.Empty, string.Empty, string.Empty);

    public string Get(StarPart part) => part switch
    {
        StarPart.Situation => Situation,
        StarPart.Task => Task,
        StarPart.Action => Action,
        StarPart.Result => Result,
        StarPart.Reflection => Reflection,
        _ => throw new ArgumentOutOfRangeException(nameof(part), part, null),
    };

    public StarFields With(StarPart part, string text) => part switch
    {
        StarPart.Situation => this with { Situation = text },
        StarPart.Task => this with { Task = text },
        StarPart.Action => this with { Action = text },
        StarPart.Result => this with { Result = text },
        StarPart.Reflection => this with { Reflection = text },
        _ => throw new ArgumentOutOfRangeException(nameof(part), part, null),
    };

    /// <summary>Fields missing from a JSON body or an imported file arrive as null; they count as empty.</summary>
    public StarFields OrEmpty() =>
        new(Situation ?? string.Empty, Task ?? string.Empty, Action ?? string.Empty, Result ?? string.Empty, Reflection ?? string.Empty);

    public int CountWords() => Enum.GetValues<StarPart>().Sum(part => TextStats.CountWords(Get(part)));
}

/// <summary>
/// What the critic reads: either free text, as the candidate said it, or the STAR fields of a saved story.
/// Exactly one of <see cref="Text"/> and <see cref="Star"/> is set.
/// </summary>
public sealed record AnswerInput
{
    public string? Text { get; init; }

    public StarFields? Star { get; init; }

    public required string PrincipleSlug { get; init; }

    public Level Level { get; init; }

    /// <summary>The principle's follow-up probes from the content catalog; may be empty.</summary>
    public IReadOnlyList<Probe> Probes { get; init; } = [];

    /// <summary>The checks the principle asks for beyond the ones every answer gets; may be empty.</summary>
    public IReadOnlyList<CritiqueCheck> Checks { get; init; } = [];

    /// <summary>An answer to a principle of the catalog, which brings its probes and its checks.</summary>
    public static AnswerInput FromText(string text, Principle principle, Level level)
    {
        ArgumentNullException.ThrowIfNull(principle);
        return new() { Text = text, PrincipleSlug = principle.Slug, Level = level, Probes = principle.Probes, Checks = principle.Checks };
    }

    /// <summary>A saved story told for a principle of the catalog, which brings its probes and its checks.</summary>
    public static AnswerInput FromStar(StarFields star, Principle principle, Level level)
    {
        ArgumentNullException.ThrowIfNull(principle);
        return new() { Star = star, PrincipleSlug = principle.Slug, Level = level, Probes = principle.Probes, Checks = principle.Checks };
    }

    public static AnswerInput FromText(string text, string principleSlug, Level level, IReadOnlyList<Probe>? probes = null) =>
        new() { Text = text, PrincipleSlug = principleSlug, Level = level, Probes = probes ?? [] };

    public static AnswerInput FromStar(StarFields star, string principleSlug, Level level, IReadOnlyList<Probe>? probes = null) =>
        new() { Star = star, PrincipleSlug = principleSlug, Level = level, Probes = probes ?? [] };
}
