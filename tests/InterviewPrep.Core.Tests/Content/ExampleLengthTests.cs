using InterviewPrep.Tests;

namespace InterviewPrep.Core.Tests.Content;

/// <summary>Every example is as long as a spoken answer should be: one to three minutes, and at most 400 words.</summary>
public sealed class ExampleLengthTests : IDisposable
{
    private const string File = "examples/dive-deep-weak-invoice-export.md";

    private readonly SampleContent _content = new();

    public ExampleLengthTests() => _content.Write("principles/dive-deep.md", SampleContent.Principle());

    public void Dispose() => _content.Dispose();

    [Fact]
    public void AnAnswerUnderAMinuteIsAnErrorAtItsFirstHeading()
    {
        _content.Write(File, SampleContent.Example(body: SampleContent.ShortExampleBody));

        var catalog = ContentLoader.Load(_content.Root);

        Assert.Equal(
            $"{File}:20: The answer is 38 words, about 16 s spoken; an answer should take two to three minutes, about 280 to 420 words, and never under one minute or over three.",
            Assert.Single(catalog.Errors).ToString());
        Assert.Empty(catalog.Examples);
    }

    [Theory]
    [InlineData(ContentRules.MaxExampleWords)]
    [InlineData(139)]
    public void AnAnswerFromAMinuteUpToTheCapLoads(int words)
    {
        _content.Write(File, SampleContent.Example(body: BodyOf(words)));

        var catalog = ContentLoader.Load(_content.Root);

        Assert.Empty(catalog.Errors);
        Assert.Equal(words, Assert.Single(catalog.Examples).WordCount);
    }

    [Fact]
    public void AnAnswerOverFourHundredWordsIsAnErrorEvenUnderThreeMinutes()
    {
        _content.Write(File, SampleContent.Example(body: BodyOf(ContentRules.MaxExampleWords + 1)));

        Assert.Equal(
            $"{File}:20: The answer is 401 words, about 2:52 min spoken; an example takes at most 400 words, to stay under three minutes with a margin.",
            Assert.Single(ContentLoader.Load(_content.Root).Errors).ToString());
    }

    [Fact]
    public void AnAnswerOverThreeMinutesIsAnErrorUnderTheSpokenLengthRule()
    {
        _content.Write(File, SampleContent.Example(body: BodyOf(422)));

        var error = Assert.Single(ContentLoader.Load(_content.Root).Errors);

        Assert.StartsWith($"{File}:20: The answer is 422 words, about 3:01 min spoken; an answer should take two to three minutes", error.ToString(), StringComparison.Ordinal);
    }

    /// <summary>The short sample answer with a Reflection of filler words, <paramref name="words"/> words in all.</summary>
    private static string BodyOf(int words)
    {
        const int Short = 38;
        return SampleContent.ShortExampleBody + "\n\n## Reflection\n\n" + string.Join(' ', Enumerable.Repeat("again", words - Short)) + "\n";
    }
}
