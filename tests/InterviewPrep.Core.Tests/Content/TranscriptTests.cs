using InterviewPrep.Tests;

namespace InterviewPrep.Core.Tests.Content;

/// <summary>An example's optional follow-up transcript: how it is read, numbered and checked.</summary>
public sealed class TranscriptTests : IDisposable
{
    private const string File = "examples/dive-deep-weak-invoice-export.md";

    private readonly SampleContent _content = new();

    public TranscriptTests() => _content.Write("principles/dive-deep.md", SampleContent.Principle());

    public void Dispose() => _content.Dispose();

    [Fact]
    public void AnExampleWithoutATranscriptHasNoFollowUps()
    {
        _content.Write(File, SampleContent.Example());

        var example = Assert.Single(ContentLoader.Load(_content.Root).Examples);

        Assert.Empty(example.Transcript);
    }

    [Fact]
    public void EachReplyIsHighlightedWithNotesNumberedAfterTheAnswersInTheOrderTheirPhrasesAppear()
    {
        _content.Write(File, SampleContent.Example(transcript: SampleContent.Transcript()));

        var catalog = ContentLoader.Load(_content.Root);

        Assert.Empty(catalog.Errors);
        var example = Assert.Single(catalog.Examples);
        Assert.Equal([SampleContent.FirstProbe, SampleContent.SecondProbe], example.Transcript.Select(t => t.Probe));
        var (first, second) = (example.Transcript[0], example.Transcript[1]);
        Assert.Equal(SampleContent.FirstReply, first.Reply.Text);
        Assert.Equal([(5, "I didn't check it directly"), (6, "which I took as confirmation")], first.Annotations.Select(a => (a.Number, a.Quote)));
        Assert.Equal(
            [(0, "I didn't check it directly", 5), (222, "which I took as confirmation", 6)],
            first.Reply.Highlights.Select(h => (h.Start, first.Reply.Text.Substring(h.Start, h.Length), h.Number)));
        Assert.Equal([7], second.Annotations.Select(a => a.Number));
        Assert.Equal([7], second.Reply.Highlights.Select(h => h.Number));
        Assert.Equal("Note on I would have to look at their documentation again.", second.Annotations[0].Note);
    }

    [Fact]
    public void RunsOfWhitespaceInAReplyCountAsOneSpaceForItsQuotes()
    {
        var reply = SampleContent.FirstReply.Replace("check it directly", "check it\n      directly", StringComparison.Ordinal);
        var turn = SampleContent.Turn(SampleContent.FirstProbe, reply, "I didn't check it  directly");
        _content.Write(File, SampleContent.Example(transcript: SampleContent.Transcript(turn, turn.Replace("- probe: \"How", "- probe: \"Then how", StringComparison.Ordinal))));

        var catalog = ContentLoader.Load(_content.Root);

        Assert.Empty(catalog.Errors);
        Assert.Equal(SampleContent.FirstReply, Assert.Single(catalog.Examples).Transcript[0].Reply.Text);
    }

    [Fact]
    public void FollowUpRepliesAreSearched()
    {
        _content.Write(File, SampleContent.Example(transcript: SampleContent.Transcript()));

        var catalog = ContentLoader.Load(_content.Root);

        Assert.Contains(catalog.Search.Find("documentation duplicates"), h => h.Key == "dive-deep-weak-invoice-export");
    }

    [Theory]
    [InlineData(1, "examples/dive-deep-weak-invoice-export.md:19: 'transcript' has 1 item(s); at least 2 are required.")]
    [InlineData(5, "examples/dive-deep-weak-invoice-export.md:19: 'transcript' has 5 turns; at most 4 are allowed.")]
    public void ATranscriptHasTwoToFourTurns(int turns, string expected)
    {
        var turn = SampleContent.Turn(SampleContent.FirstProbe, SampleContent.FirstReply, "I didn't check it directly");
        _content.Write(File, SampleContent.Example(transcript: SampleContent.Transcript([.. Enumerable.Repeat(turn, turns)])));

        var catalog = ContentLoader.Load(_content.Root);

        Assert.Equal(expected, Assert.Single(catalog.Errors).ToString());
        Assert.Empty(catalog.Examples);
    }

    [Theory]
    [InlineData("", "Second?", 20, "Field 'probe' must be a non-empty text value.")]
    [InlineData("First?", "", 26, "Field 'reply' must be a non-empty text value.")]
    public void AnEmptyProbeOrReplyIsReportedOnItsLine(string firstProbe, string secondReply, int line, string expected)
    {
        var transcript = SampleContent.Transcript(
            SampleContent.Turn(firstProbe, SampleContent.FirstReply, "I didn't check it directly"),
            SampleContent.Turn("Second?", secondReply));

        _content.Write(File, SampleContent.Example(transcript: transcript));
        var errors = ContentLoader.Load(_content.Root).Errors;

        Assert.Contains(errors, e => e.ToString() == $"{File}:{line}: {expected}");
    }

    [Theory]
    [InlineData(29, "The reply is 29 words; a reply takes 30 to 120.")]
    [InlineData(121, "The reply is 121 words; a reply takes 30 to 120.")]
    public void AReplyTakesThirtyToOneHundredTwentyWords(int words, string expected)
    {
        var reply = "I didn't check it directly " + string.Join(' ', Enumerable.Repeat("again", words - 5));
        var transcript = SampleContent.Transcript(
            SampleContent.Turn(SampleContent.FirstProbe, reply, "I didn't check it directly"),
            SampleContent.Turn(SampleContent.SecondProbe, SampleContent.SecondReply, "I never tested that case"));

        _content.Write(File, SampleContent.Example(transcript: transcript));

        Assert.Equal($"{File}:21: {expected}", Assert.Single(ContentLoader.Load(_content.Root).Errors).ToString());
    }

    [Fact]
    public void AReplyIsOnePlainParagraph()
    {
        var reply = SampleContent.FirstReply.Replace("to be honest", "to be *honest*", StringComparison.Ordinal);
        var transcript = SampleContent.Transcript(
            SampleContent.Turn(SampleContent.FirstProbe, reply, "I didn't check it directly"),
            SampleContent.Turn(SampleContent.SecondProbe, SampleContent.SecondReply, "I never tested that case"));

        _content.Write(File, SampleContent.Example(transcript: transcript));

        Assert.Equal(
            $"{File}:21: A reply is one plain paragraph: no emphasis, links, code, lists or headings.",
            Assert.Single(ContentLoader.Load(_content.Root).Errors).ToString());
    }

    [Theory]
    [InlineData(0, "examples/dive-deep-weak-invoice-export.md:22: 'annotations' has 0 item(s); at least 1 are required.")]
    [InlineData(4, "examples/dive-deep-weak-invoice-export.md:22: 'annotations' has 4 item(s); a reply takes at most 3.")]
    public void AReplyHasOneToThreeAnnotations(int count, string expected)
    {
        string[] quotes = ["I didn't check it directly", "to be honest", "a timeout seemed the likeliest cause", "the tickets stopped"];
        var transcript = SampleContent.Transcript(
            SampleContent.Turn(SampleContent.FirstProbe, SampleContent.FirstReply, quotes[..count]),
            SampleContent.Turn(SampleContent.SecondProbe, SampleContent.SecondReply, "I never tested that case"));

        _content.Write(File, SampleContent.Example(transcript: transcript));

        Assert.Equal(expected, Assert.Single(ContentLoader.Load(_content.Root).Errors).ToString());
    }

    [Theory]
    [InlineData("a lot more stable", "Annotation quote \"a lot more stable\" is not found in the reply (it must match exactly, within one paragraph).")]
    [InlineData("I Didn't check", "Annotation quote \"I Didn't check\" is not found in the reply (it must match exactly, within one paragraph).")]
    [InlineData("the", "Annotation quote \"the\" is found 6 times in the reply; quote a longer phrase so it is found once.")]
    [InlineData("check it", "Annotation quote \"check it\" overlaps the quote \"I didn't check it directly\".")]
    public void EachReplyQuoteIsFoundExactlyOnceInItsOwnReply(string quote, string expected)
    {
        var transcript = SampleContent.Transcript(
            SampleContent.Turn(SampleContent.FirstProbe, SampleContent.FirstReply, "I didn't check it directly", quote),
            SampleContent.Turn(SampleContent.SecondProbe, SampleContent.SecondReply, "I never tested that case"));

        _content.Write(File, SampleContent.Example(transcript: transcript));

        Assert.Equal($"{File}:25: {expected}", Assert.Single(ContentLoader.Load(_content.Root).Errors).ToString());
    }

    [Fact]
    public void AnUnknownFieldInATurnIsReportedOnItsLine()
    {
        var turn = SampleContent.Turn(SampleContent.FirstProbe, SampleContent.FirstReply, "I didn't check it directly")
            .Replace("    annotations:", "    answer: \"No.\"\n    annotations:", StringComparison.Ordinal);
        var transcript = SampleContent.Transcript(turn, SampleContent.Turn(SampleContent.SecondProbe, SampleContent.SecondReply, "I never tested that case"));

        _content.Write(File, SampleContent.Example(transcript: transcript));

        Assert.StartsWith($"{File}:22: Unknown field 'answer'.", Assert.Single(ContentLoader.Load(_content.Root).Errors).ToString(), StringComparison.Ordinal);
    }
}
