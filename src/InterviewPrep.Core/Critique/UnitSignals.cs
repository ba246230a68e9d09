using InterviewPrep.Core.Content;

namespace InterviewPrep.Core.Critique;

/// <summary>What the critic heard in one unit: how strongly it reads as each STAR part, and the signals inside it.</summary>
internal sealed class UnitSignals
{
    public double[] PartScores { get; } = new double[5];

    public List<(int Start, int End)> SingularActs { get; } = [];

    public List<(int Start, int End)> PluralActs { get; } = [];

    public List<int> QuantityTokens { get; } = [];

    public bool HasChange { get; set; }

    public bool HasBaseline { get; set; }

    /// <summary>Says where, when or in what role: "as a principal engineer at a B2B analytics company".</summary>
    public bool HasContext { get; set; }

    /// <summary>Reflection cues that name a lesson or a change, after empty and reported ones are dropped.</summary>
    public int GenuineReflections { get; set; }

    public double Score(StarPart part) => PartScores[(int)part];
}
