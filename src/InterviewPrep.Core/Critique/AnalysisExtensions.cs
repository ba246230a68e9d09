namespace InterviewPrep.Core.Critique;

/// <summary>Ways around the analysed answer that the finding readers share: from a token to its unit, sentence and text.</summary>
internal static class AnalysisExtensions
{
    public static Unit UnitOf(this Analysis analysis, int token) => analysis.Text.Units[analysis.UnitOfToken[token]];

    /// <summary>The first token of the sentence the unit belongs to.</summary>
    public static int SentenceStart(this Analysis analysis, Unit unit)
    {
        var units = analysis.Text.Units;
        var i = unit.Index;
        while (i > 0 && units[i - 1].Sentence == unit.Sentence)
        {
            i--;
        }

        return units[i].FirstToken;
    }

    /// <summary>The end of the sentence after the unit's, or of its own when it is the last: where a reason may still come.</summary>
    public static int NextSentenceEnd(this Analysis analysis, Unit unit)
    {
        var units = analysis.Text.Units;
        var i = unit.Index;
        while (i + 1 < units.Count && units[i + 1].Sentence <= unit.Sentence + 1)
        {
            i++;
        }

        return units[i].EndToken;
    }

    /// <summary>The text covered by tokens <paramref name="fromToken"/> up to, not including, <paramref name="endToken"/>.</summary>
    public static TextSpan Span(this Analysis analysis, int fromToken, int endToken)
    {
        var tokens = analysis.Tokens;
        return new TextSpan(tokens[fromToken].Start, tokens[endToken - 1].End - tokens[fromToken].Start);
    }
}
