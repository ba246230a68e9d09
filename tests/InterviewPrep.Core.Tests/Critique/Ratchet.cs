using System.Globalization;
using System.Text.Json;

namespace InterviewPrep.Core.Tests.Critique;

/// <summary>The best figures measured so far on one labelled set, as committed in <c>ratchet.json</c>.</summary>
public sealed record RatchetFigures(double Recall, double ForbiddenRate, double PairsOrdered);

/// <summary>
/// The committed ratchet: a figure may get better, never worse. Figures are stored to four decimals, so anything
/// within <see cref="Tolerance"/> of the stored value counts as unchanged.
/// </summary>
public static class Ratchet
{
    public const double Tolerance = 0.0001;

    public const string SourcePath = "tests/InterviewPrep.Core.Tests/Critique/ratchet.json";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    public static IReadOnlyDictionary<string, RatchetFigures> Load() =>
        JsonSerializer.Deserialize<Dictionary<string, RatchetFigures>>(
            File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Critique", "ratchet.json")), Options)
        ?? throw new InvalidDataException($"{SourcePath} is empty.");

    /// <summary>Each figure that fell behind the ratchet, said the way a developer would need to read it.</summary>
    public static IReadOnlyList<string> Worse(RatchetFigures ratchet, LabeledSetFigures measured)
    {
        ArgumentNullException.ThrowIfNull(ratchet);
        ArgumentNullException.ThrowIfNull(measured);
        var worse = new List<string>();
        if (measured.Recall < ratchet.Recall - Tolerance)
        {
            worse.Add(Describe("recall", ratchet.Recall, measured.Recall));
        }

        if (measured.ForbiddenRate > ratchet.ForbiddenRate + Tolerance)
        {
            worse.Add(Describe("forbidden rate", ratchet.ForbiddenRate, measured.ForbiddenRate));
        }

        if (measured.PairsOrderedShare < ratchet.PairsOrdered - Tolerance)
        {
            worse.Add(Describe("pairs ordered", ratchet.PairsOrdered, measured.PairsOrderedShare));
        }

        return worse;
    }

    /// <summary>Each figure that beat the ratchet: worth committing, so that the gain cannot quietly be lost again.</summary>
    public static IReadOnlyList<string> Better(RatchetFigures ratchet, LabeledSetFigures measured)
    {
        ArgumentNullException.ThrowIfNull(ratchet);
        ArgumentNullException.ThrowIfNull(measured);
        var better = new List<string>();
        if (measured.Recall > ratchet.Recall + Tolerance)
        {
            better.Add(Describe("recall", ratchet.Recall, measured.Recall));
        }

        if (measured.ForbiddenRate < ratchet.ForbiddenRate - Tolerance)
        {
            better.Add(Describe("forbidden rate", ratchet.ForbiddenRate, measured.ForbiddenRate));
        }

        if (measured.PairsOrderedShare > ratchet.PairsOrdered + Tolerance)
        {
            better.Add(Describe("pairs ordered", ratchet.PairsOrdered, measured.PairsOrderedShare));
        }

        return better;
    }

    /// <summary>The JSON entry to commit for these figures.</summary>
    public static string Entry(string set, LabeledSetFigures measured)
    {
        ArgumentNullException.ThrowIfNull(measured);
        return string.Create(CultureInfo.InvariantCulture,
            $"\"{set}\": {{ \"recall\": {Round(measured.Recall)}, \"forbiddenRate\": {Round(measured.ForbiddenRate)}, \"pairsOrdered\": {Round(measured.PairsOrderedShare)} }}");
    }

    // Four decimals: the rounding stays inside the tolerance, so an entry never fails on the figures that produced it.
    private static string Round(double value) => Math.Round(value, 4).ToString("0.0###", CultureInfo.InvariantCulture);

    private static string Describe(string figure, double ratchet, double measured) =>
        string.Create(CultureInfo.InvariantCulture, $"{figure} {measured:0.0000} against the ratchet's {ratchet:0.0000}");
}
