namespace InterviewPrep.Core.Critique;

/// <summary>
/// How concrete a stretch of the answer is. A named tool, an acronym or a technical token outweighs a name; a bare
/// figure and a mechanism noun count half, because they say something was measured or built, not what was done.
/// </summary>
internal sealed class Specificity(Analysis analysis)
{
    private const double NamedWeight = 1.5;

    /// <summary>The whole answer, each distinct word counted once.</summary>
    public double Total()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return analysis.Text.Units.Sum(u => Score(u.FirstToken, u.EndToken, seen));
    }

    /// <summary>Tokens <paramref name="from"/> up to, not including, <paramref name="to"/>.</summary>
    public double In(int from, int to) => Score(from, to, new HashSet<string>(StringComparer.Ordinal));

    private double Score(int from, int to, HashSet<string> seen)
    {
        var score = 0.0;
        for (var i = from; i < to; i++)
        {
            var token = analysis.Tokens[i];
            var value = Weight(i, token);
            if (value > 0 && seen.Add(token.Lower))
            {
                score += value;
            }
        }

        return score;
    }

    private double Weight(int i, Token token)
    {
        if (Lexicon.NamedTools.Contains(token.Lower) || token.Is(TokenShape.Acronym) || token.Is(TokenShape.Technical))
        {
            // "AI", "ML", "VP" name a field or a title, not the thing worked on.
            if (token.Lower is "i" || Lexicon.GenericAcronyms.Contains(token.Lower))
            {
                return Lexicon.ConcreteNouns.Contains(token.Lower) ? 0.5 : 0;
            }

            return NamedWeight;
        }

        if (analysis.Quantities[i] != QuantityKind.None)
        {
            return 0.5;
        }

        if (token.Is(TokenShape.Capitalized) && !token.StartsSentence && !Lexicon.GenericCapitalized.Contains(token.Lower))
        {
            return 1;
        }

        return Lexicon.ConcreteNouns.Contains(token.Lower) ? 0.5 : 0;
    }
}
