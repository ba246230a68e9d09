using InterviewPrep.Tests;

namespace InterviewPrep.Core.Tests.Content;

/// <summary>The annotated example in docs/content-format.md is itself valid content, so the doc cannot drift from the rules.</summary>
public sealed class DocumentedExampleTests : IDisposable
{
    private const string Opening = "```markdown\n---\nslug: dive-deep-weak-invoice-export\n";

    private readonly SampleContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public void TheExampleInTheContentFormatDocLoadsWithItsTranscriptAndWithinTheLengthRule()
    {
        var doc = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "content-format.md")).ReplaceLineEndings("\n");
        var start = doc.IndexOf(Opening, StringComparison.Ordinal) + "```markdown\n".Length;
        var end = doc.IndexOf("\n```\n", start, StringComparison.Ordinal);
        _content.Write("principles/dive-deep.md", SampleContent.Principle());
        _content.Write("examples/dive-deep-weak-invoice-export.md", doc[start..end] + "\n");

        var catalog = ContentLoader.Load(_content.Root);

        Assert.True(catalog.Errors.Count == 0, string.Join('\n', catalog.Errors));
        var example = Assert.Single(catalog.Examples);
        Assert.Equal(182, example.WordCount);
        Assert.Equal(2, example.Transcript.Count);
        Assert.Contains($"The answer is {example.WordCount} words", doc, StringComparison.Ordinal);
    }
}
