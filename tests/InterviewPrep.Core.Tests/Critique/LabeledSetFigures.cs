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
    IReadOnlyList<string> PerAnswer)
{
    public double Recall => Expected == 0 ? 1 : (double)Found / Expected;

    public double ForbiddenRate => Forbidden == 0 ? 0 : (double)ReportedForbidden / Forbidden;

    public int PairsOrdered => Pairs - Misordered.Count;

    public double PairsOrderedShare => Pairs == 0 ? 1 : (double)PairsOrdered / Pairs;

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

        return new LabeledSetFigures(answers.Count, expected, found, forbidden, reportedForbidden, pairs, misordered, perAnswer);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"Recall {Recall:P1} ({Found}/{Expected}); forbidden codes reported {ForbiddenRate:P1} ({ReportedForbidden}/{Forbidden}); strong above weak in {PairsOrdered} of {Pairs} same-principle pairs; {Answers} answers.");
}
