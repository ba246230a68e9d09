using InterviewPrep.Core.Content;

namespace InterviewPrep.Core.Critique;

/// <summary>
/// The score starts at 100 and loses points per finding, weighted by level: what a new graduate may leave out, a
/// principal may not. Two expectations that are not findings also cost points at senior and principal level: scope
/// beyond one's own team, and a mechanism that outlasts the candidate.
/// </summary>
internal static class Scoring
{
    private static readonly Dictionary<string, int[]> Weights = new(StringComparer.Ordinal)
    {
        // entry, mid, senior, principal
        [FindingCodes.MissingSituation] = [5, 6, 6, 6],
        [FindingCodes.MissingTask] = [4, 5, 6, 6],
        [FindingCodes.MissingAction] = [25, 25, 25, 25],
        [FindingCodes.MissingResult] = [15, 18, 18, 18],
        [FindingCodes.NoMetric] = [6, 9, 10, 10],
        [FindingCodes.NoBaseline] = [4, 6, 7, 8],
        [FindingCodes.WeNotI] = [12, 14, 14, 12],
        [FindingCodes.VagueLanguage] = [7, 8, 9, 10],
        [FindingCodes.NoSpecifics] = [14, 16, 16, 16],
        [FindingCodes.NoAlternatives] = [3, 6, 10, 14],
        [FindingCodes.NoReflection] = [5, 6, 8, 10],
        [FindingCodes.NoReversibility] = [10, 12, 12, 14],
        [FindingCodes.TooShort] = [10, 12, 12, 12],
        [FindingCodes.TooLong] = [6, 8, 8, 8],
    };

    private static readonly int[] ScopePoints = [0, 0, 4, 10];
    private static readonly int[] MechanismPoints = [0, 0, 3, 6];

    public static int Weight(string code, Level level) => Weights[code][(int)level];

    public static List<ScoreDeduction> Deductions(IReadOnlyList<Finding> findings, Analysis analysis, Level level)
    {
        var deductions = findings.Select(f => new ScoreDeduction(f.Code, Weight(f.Code, level))).ToList();
        var tokens = analysis.Tokens.Count;
        if (tokens == 0)
        {
            return deductions;
        }

        var scope = Lexicon.Scope.Count(analysis, 0, tokens);
        if (ScopePoints[(int)level] > 0 && scope < (level == Level.Principal ? 2 : 1))
        {
            deductions.Add(new ScoreDeduction(ScoreReasons.CrossTeamScope, ScopePoints[(int)level]));
        }

        if (MechanismPoints[(int)level] > 0 && !Lexicon.Mechanism.Any(analysis, 0, tokens))
        {
            deductions.Add(new ScoreDeduction(ScoreReasons.LastingMechanism, MechanismPoints[(int)level]));
        }

        return deductions;
    }
}
