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

    /// <summary>
    /// Answers by three more writers who never saw the engine, its word lists or the earlier sets, in the ways people
    /// really answer (present tense, bullets, non-native English, spoken with fillers, very short, rambling, off the
    /// question), split before any tuning: this part may be read while tuning...
    /// </summary>
    public const string UnseenTuningSet = "UnseenTuningAnswers";

    /// <summary>...and this part may not, until the tuning is done.</summary>
    public const string UnseenFinalSet = "UnseenFinalAnswers";

    /// <summary>The sets written before the engine had seen any of these writers' answers.</summary>
    public static IReadOnlyList<string> UnseenSets { get; } = [UnseenTuningSet, UnseenFinalSet];

    /// <summary>
    /// Codes the writers labelled that the engine does not report yet (the second critic's findings). A "must" of
    /// these counts as missed, so recall on the unseen sets says how far the engine has to go.
    /// </summary>
    public static IReadOnlyList<string> PlannedCodes { get; } = ["hypothetical", "off-principle", "scope-below-level", "blames-others"];

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
