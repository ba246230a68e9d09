using System.Globalization;
using InterviewPrep.Core.Critique;
using Xunit.Abstractions;

namespace InterviewPrep.Core.Tests.Critique;

/// <summary>
/// Measures the critic against answers written and labelled by hand, none of them used to pick its word lists.
/// Recall: of the codes an answer must get, how many it got. Forbidden rate: of the codes an answer must not get,
/// how many it got anyway.
/// </summary>
public sealed class LabeledAnswersTests(ITestOutputHelper output)
{
    private const double MinRecall = 0.90;
    private const double MaxForbiddenRate = 0.05;

    private readonly AnswerCritic _critic = new();

    [Theory]
    [InlineData(LabeledAnswer.TuningSet)]
    [InlineData(LabeledAnswer.HeldOutSet)]
    [InlineData(LabeledAnswer.FinalCheckSet)]
    public void TheSetIsLargeAndVaried(string set)
    {
        var answers = LabeledAnswer.LoadAll(set);
        Assert.True(answers.Count >= 30, $"Only {answers.Count} labelled answers.");
        Assert.True(answers.Select(a => a.Principle).Distinct().Count() >= 12);
        Assert.True(answers.Select(a => a.Domain).Distinct().Count() >= 8);
        Assert.Equal(4, answers.Select(a => a.Level).Distinct().Count());
        Assert.Contains(answers, a => a.Star is not null);
        Assert.All(answers.SelectMany(a => a.Must.Concat(a.MustNot)), code => Assert.Contains(code, FindingCodes.All));
    }

    [Theory]
    [InlineData(LabeledAnswer.TuningSet)]
    [InlineData(LabeledAnswer.HeldOutSet)]
    [InlineData(LabeledAnswer.FinalCheckSet)]
    public void FindsTheExpectedCodesAndRarelyTheForbiddenOnes(string set)
    {
        var answers = LabeledAnswer.LoadAll(set);
        var expected = 0;
        var found = 0;
        var forbidden = 0;
        var reportedForbidden = 0;
        foreach (var answer in answers)
        {
            var critique = _critic.Critique(answer.ToInput());
            var codes = critique.Findings.Select(f => f.Code).ToHashSet();
            var missed = answer.Must.Where(c => !codes.Contains(c)).ToList();
            var wrong = answer.MustNot.Where(codes.Contains).ToList();
            expected += answer.Must.Count;
            found += answer.Must.Count - missed.Count;
            forbidden += answer.MustNot.Count;
            reportedForbidden += wrong.Count;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{answer.Id,-58} {answer.Kind,-6} score {critique.Score,3}  missed [{string.Join(", ", missed)}]  wrongly reported [{string.Join(", ", wrong)}]"));
        }

        var recall = (double)found / expected;
        var forbiddenRate = (double)reportedForbidden / forbidden;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Recall {recall:P1} ({found}/{expected}); forbidden codes reported {forbiddenRate:P1} ({reportedForbidden}/{forbidden}); {answers.Count} answers."));

        Assert.True(recall >= MinRecall, $"Recall {recall:P1} is below {MinRecall:P0}.");
        Assert.True(forbiddenRate <= MaxForbiddenRate, $"Forbidden rate {forbiddenRate:P1} is above {MaxForbiddenRate:P0}.");
    }

    [Theory]
    [InlineData(LabeledAnswer.TuningSet)]
    [InlineData(LabeledAnswer.HeldOutSet)]
    [InlineData(LabeledAnswer.FinalCheckSet)]
    public void EveryStrongAnswerOutscoresEveryWeakAnswerOfTheSamePrinciple(string set)
    {
        var answers = LabeledAnswer.LoadAll(set);
        var failures = new List<string>();
        var pairs = 0;
        foreach (var group in answers.GroupBy(a => a.Principle))
        {
            var scores = group.ToDictionary(a => a, a => _critic.Critique(a.ToInput()).Score);
            foreach (var strong in group.Where(a => a.Kind == "strong"))
            {
                foreach (var weak in group.Where(a => a.Kind == "weak"))
                {
                    pairs++;
                    if (scores[strong] <= scores[weak])
                    {
                        failures.Add($"{strong.Id} ({scores[strong]}) <= {weak.Id} ({scores[weak]})");
                    }
                }
            }
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Strong above weak in {pairs - failures.Count} of {pairs} same-principle pairs."));
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }
}
