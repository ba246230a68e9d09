namespace InterviewPrep.Core.Tests.Critique;

public sealed class AnalysisExtensionsTests
{
    private const string Text = "The import kept failing. I diffed the files and found a new column. The parser now reads headers.";

    private readonly Analysis _analysis = Analysis.OfFreeText(Text);

    [Fact]
    public void ATokenBelongsToTheUnitThatHoldsIt()
    {
        var diffed = IndexOf("diffed");

        Assert.Equal(1, _analysis.UnitOf(diffed).Sentence);
    }

    [Fact]
    public void ASentenceStartsAtItsFirstTokenWhateverClauseTheUnitIs()
    {
        var found = _analysis.UnitOf(IndexOf("found"));

        Assert.Equal(IndexOf("i"), _analysis.SentenceStart(found));
    }

    [Fact]
    public void AReasonMayStillComeUpToTheEndOfTheNextSentence()
    {
        var first = _analysis.UnitOf(0);
        var last = _analysis.UnitOf(_analysis.Tokens.Count - 1);

        Assert.Equal(IndexOf("the", after: IndexOf("column")), _analysis.NextSentenceEnd(first));
        Assert.Equal(_analysis.Tokens.Count, _analysis.NextSentenceEnd(last));
    }

    [Fact]
    public void ASpanCoversItsTokensInTheOriginalText()
    {
        var from = IndexOf("found");

        Assert.Equal("found a new column", _analysis.Text.Slice(_analysis.Span(from, from + 4)));
    }

    private int IndexOf(string lower, int after = -1)
    {
        for (var i = after + 1; i < _analysis.Tokens.Count; i++)
        {
            if (_analysis.Tokens[i].Lower == lower)
            {
                return i;
            }
        }

        throw new InvalidOperationException($"No token '{lower}' after {after}.");
    }
}
