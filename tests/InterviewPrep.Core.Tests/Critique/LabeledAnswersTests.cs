using Xunit.Abstractions;

namespace InterviewPrep.Core.Tests.Critique;

/// <summary>
/// Measures the critic against answers written and labelled by hand, none of them used to pick its word lists. Each
/// set must meet fixed floors and must not fall behind the figures committed in <c>ratchet.json</c>.
/// </summary>
public sealed class LabeledAnswersTests(ITestOutputHelper output)
{
    private const double MinRecall = 0.90;
    private const double MaxForbiddenRate = 0.05;

    private readonly AnswerCritic _critic = new();

    public static TheoryData<string> Sets => [LabeledAnswer.TuningSet, LabeledAnswer.HeldOutSet, LabeledAnswer.FinalCheckSet];

    [Theory]
    [MemberData(nameof(Sets))]
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
    [MemberData(nameof(Sets))]
    public void FindsTheExpectedCodesAndRarelyTheForbiddenOnes(string set)
    {
        var figures = LabeledSetFigures.Measure(_critic, set);
        foreach (var line in figures.PerAnswer)
        {
            output.WriteLine(line);
        }

        output.WriteLine(figures.ToString());

        Assert.True(figures.Recall >= MinRecall, $"Recall {figures.Recall:P1} is below {MinRecall:P0}.");
        Assert.True(figures.ForbiddenRate <= MaxForbiddenRate, $"Forbidden rate {figures.ForbiddenRate:P1} is above {MaxForbiddenRate:P0}.");
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void EveryStrongAnswerOutscoresEveryWeakAnswerOfTheSamePrinciple(string set)
    {
        var figures = LabeledSetFigures.Measure(_critic, set);

        output.WriteLine($"Strong above weak in {figures.PairsOrdered} of {figures.Pairs} same-principle pairs.");
        Assert.True(figures.Misordered.Count == 0, string.Join(Environment.NewLine, figures.Misordered));
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void NoFigureFallsBehindTheCommittedRatchet(string set)
    {
        var figures = LabeledSetFigures.Measure(_critic, set);
        var ratchets = Ratchet.Load();
        Assert.True(ratchets.ContainsKey(set), $"{Ratchet.SourcePath} has no entry for {set}; add {Ratchet.Entry(set, figures)}.");

        var worse = Ratchet.Worse(ratchets[set], figures);
        var better = Ratchet.Better(ratchets[set], figures);

        output.WriteLine(figures.ToString());
        if (better.Count > 0)
        {
            output.WriteLine($"Better than the ratchet ({string.Join("; ", better)}). Raise it in {Ratchet.SourcePath} to lock the gain in:");
            output.WriteLine(Ratchet.Entry(set, figures));
        }

        Assert.True(worse.Count == 0,
            $"{set} fell behind the ratchet in {Ratchet.SourcePath}: {string.Join("; ", worse)}. {figures}");
    }
}
