using System.Globalization;

namespace InterviewPrep.Core.Tests.Critique;

/// <summary>
/// How the critic does on one labelled set. Recall: of the codes an answer must get, how many it got. Forbidden rate:
/// of the codes an answer must not get, how many it got anyway. Pairs ordered: of the strong and weak answers to the
/// same principle, how many pairs score the strong one higher.
/// </summary>
public sealed record LabeledSetFigures(
    int Answers,
    int Expected,
    int Found,
    int Forbidden,
    int ReportedForbidden,
    int Pairs,
    IReadOnlyList<string> Misordered,
    IReadOnlyList<string> PerAnswer,
    IReadOnlyList<int> StrongScores,
    IReadOnlyList<int> WeakScores,
    IReadOnlyList<int> AllScores,
    int ExpectedPlanned = 0)
{
    public double Recall => Expected == 0 ? 1 : (double)Found / Expected;

    /// <summary>Recall leaving out the codes the engine does not report yet (<see cref="LabeledAnswer.PlannedCodes"/>).</summary>
    public double RecallOnReportedCodes => Expected - ExpectedPlanned == 0 ? 1 : (double)Found / (Expected - ExpectedPlanned);

    public double ForbiddenRate => Forbidden == 0 ? 0 : (double)ReportedForbidden / Forbidden;

    public int PairsOrdered => Pairs - Misordered.Count;

    public double PairsOrderedShare => Pairs == 0 ? 1 : (double)PairsOrdered / Pairs;

    public double StrongMean => StrongScores.Count == 0 ? 0 : StrongScores.Average();

    public double WeakMean => WeakScores.Count == 0 ? 0 : WeakScores.Average();

    /// <summary>The middle half of all scores, from the first quartile to the third: how far the scores spread.</summary>
    public double InterquartileRange => Quartile(AllScores, 0.75) - Quartile(AllScores, 0.25);

    public static LabeledSetFigures Measure(AnswerCritic critic, string set)
    {
        var answers = LabeledAnswer.LoadAll(set);
        var critiques = answers.ToDictionary(a => a, a => critic.Critique(a.ToInput()));
        int expected = 0, found = 0, forbidden = 0, reportedForbidden = 0;
        var perAnswer = new List<string>();
        foreach (var answer in answers)
        {
            var critique = critiques[answer];
            var codes = critique.Findings.Select(f => f.Code).ToHashSet();
            var missed = answer.Must.Where(c => !codes.Contains(c)).ToList();
            var wrong = answer.MustNot.Where(codes.Contains).ToList();
            expected += answer.Must.Count;
            found += answer.Must.Count - missed.Count;
            forbidden += answer.MustNot.Count;
            reportedForbidden += wrong.Count;
            perAnswer.Add(string.Create(CultureInfo.InvariantCulture,
                $"{answer.Id,-58} {answer.Kind,-6} score {critique.Score,3}  missed [{string.Join(", ", missed)}]  wrongly reported [{string.Join(", ", wrong)}]"));
        }

        var pairs = 0;
        var misordered = new List<string>();
        foreach (var group in answers.GroupBy(a => a.Principle))
        {
            foreach (var strong in group.Where(a => a.Kind == "strong"))
            {
                foreach (var weak in group.Where(a => a.Kind == "weak"))
                {
                    pairs++;
                    var (high, low) = (critiques[strong].Score, critiques[weak].Score);
                    if (high <= low)
                    {
                        misordered.Add($"{strong.Id} ({high}) <= {weak.Id} ({low})");
                    }
                }
            }
        }

        int[] ScoresOf(string kind) => answers.Where(a => a.Kind == kind).Select(a => critiques[a].Score).ToArray();
        return new LabeledSetFigures(
            answers.Count, expected, found, forbidden, reportedForbidden, pairs, misordered, perAnswer,
            ScoresOf("strong"), ScoresOf("weak"), answers.Select(a => critiques[a].Score).ToArray(),
            answers.Sum(a => a.Must.Count(LabeledAnswer.PlannedCodes.Contains)));
    }

    private static double Quartile(IReadOnlyList<int> scores, double at)
    {
        if (scores.Count == 0)
        {
            return 0;
        }

        var sorted = scores.Order().ToArray();
        var position = at * (sorted.Length - 1);
        var below = (int)Math.Floor(position);
        var above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + ((position - below) * (sorted[above] - sorted[below]));
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"Recall {Recall:P1} ({Found}/{Expected}; {RecallOnReportedCodes:P1} leaving out the {ExpectedPlanned} labels of codes not reported yet); forbidden codes reported {ForbiddenRate:P1} ({ReportedForbidden}/{Forbidden}); strong above weak in {PairsOrdered} of {Pairs} same-principle pairs; {Answers} answers; mean score strong {StrongMean:0} and weak {WeakMean:0}, interquartile range {InterquartileRange:0}.");
}
