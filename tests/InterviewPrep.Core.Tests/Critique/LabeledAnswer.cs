using System.Text.Json;
using System.Text.Json.Serialization;
using InterviewPrep.Core.Tests.Content;

namespace InterviewPrep.Core.Tests.Critique;

/// <summary>One hand-labelled answer: the codes the critic must report for it and the codes it must not.</summary>
public sealed record LabeledAnswer(
    string Id,
    string Principle,
    Level Level,
    string Domain,
    string Kind,
    string? Text,
    StarFields? Star,
    IReadOnlyList<string> Must,
    IReadOnlyList<string> MustNot)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>Answers written alongside the engine, while its word lists were chosen.</summary>
    public const string TuningSet = "LabeledAnswers";

    /// <summary>Answers written later by someone who never saw the engine's code, to check that it generalises.</summary>
    public const string HeldOutSet = "HeldOutAnswers";

    /// <summary>
    /// A third set by another writer, kept away from whoever tuned the engine until the tuning was done: the best
    /// estimate of how it does on answers nobody has seen.
    /// </summary>
    public const string FinalCheckSet = "FinalCheckAnswers";

    public static IReadOnlyList<LabeledAnswer> LoadAll(string set = TuningSet) =>
        Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Critique", set), "*.json")
            .Order(StringComparer.Ordinal)
            .Select(path => JsonSerializer.Deserialize<LabeledAnswer>(File.ReadAllText(path), Options)
                ?? throw new InvalidDataException($"{path} is empty."))
            .ToList();

    /// <summary>The answer as the app would send it: with the checks its principle asks for in the real content.</summary>
    public AnswerInput ToInput(IReadOnlyList<Probe>? probes = null)
    {
        var input = Star is null
            ? AnswerInput.FromText(Text ?? string.Empty, Principle, Level, probes)
            : AnswerInput.FromStar(Star, Principle, Level, probes);
        return input with { Checks = RealContent.Catalog.FindPrinciple(Principle)?.Checks ?? [] };
    }

    public override string ToString() => Id;
}
