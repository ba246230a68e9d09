using BenchmarkDotNet.Attributes;
using InterviewPrep.Core.Content;
using InterviewPrep.Core.Critique;

namespace InterviewPrep.Bench;

/// <summary>
/// The time to critique a 500-word answer, against a plain word count of the same text measured in the same run,
/// so the ratio means something on a noisy machine.
/// </summary>
[MemoryDiagnoser]
public class CritiqueBenchmarks
{
    private readonly AnswerCritic _critic = new();
    private AnswerInput _input = default!;
    private string _text = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _text = Answers.FiveHundredWords();
        var principle = ContentLoader.Load(Answers.ContentPath()).FindPrinciple("dive-deep")
            ?? throw new InvalidOperationException("The content has no dive-deep principle.");
        _input = AnswerInput.FromText(_text, principle, Level.Senior);
    }

    [Benchmark(Baseline = true, Description = "Word count (baseline)")]
    public int WordCount() => TextStats.CountWords(_text);

    [Benchmark(Description = "Critique, 500 words")]
    public int Critique() => _critic.Critique(_input).Score;
}
