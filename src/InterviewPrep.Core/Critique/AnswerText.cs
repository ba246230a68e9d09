namespace InterviewPrep.Core.Critique;

[Flags]
internal enum TokenShape
{
    None = 0,
    Capitalized = 1,
    Acronym = 2,
    Technical = 4,
    Digits = 8,
}

internal readonly record struct Token(int Start, int Length, string Lower, TokenShape Shape, bool StartsSentence)
{
    public int End => Start + Length;

    public bool Is(TokenShape shape) => (Shape & shape) != 0;
}

/// <summary>A sentence, or a clause of a run-on spoken sentence, classified as one STAR part.</summary>
internal sealed record Unit(int Index, int Sentence, int FirstToken, int EndToken, TextSpan Span)
{
    public int TokenCount => EndToken - FirstToken;
}

/// <summary>The answer cut into tokens, sentences and clause-sized units, with positions into the original text.</summary>
internal sealed class AnswerText
{
    private const int MinClauseTokens = 4;

    private AnswerText(string text, List<Token> tokens, List<Unit> units, int sentenceCount)
    {
        Text = text;
        Tokens = tokens;
        Units = units;
        SentenceCount = sentenceCount;
    }

    public string Text { get; }

    public IReadOnlyList<Token> Tokens { get; }

    public IReadOnlyList<Unit> Units { get; }

    public int SentenceCount { get; }

    public static AnswerText Parse(string text)
    {
        var tokens = Tokenize(text);
        var units = new List<Unit>();
        var sentence = 0;
        var unitStart = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var last = i == tokens.Count - 1;
            var endsSentence = last || EndsSentence(text, tokens, i);
            var endsClause = !endsSentence && EndsClause(text, tokens, unitStart, i);
            if (endsSentence || endsClause)
            {
                units.Add(MakeUnit(text, tokens, units.Count, sentence, unitStart, i + 1));
                unitStart = i + 1;
                if (endsSentence)
                {
                    sentence++;
                    if (!last)
                    {
                        tokens[i + 1] = tokens[i + 1] with { StartsSentence = true };
                    }
                }
            }
        }

        return new AnswerText(text, tokens, units, sentence);
    }

    public string Slice(TextSpan span) => Text.Substring(span.Start, span.Length);

    private static Unit MakeUnit(string text, List<Token> tokens, int index, int sentence, int first, int end)
    {
        var start = tokens[first].Start;
        var stop = tokens[end - 1].End;
        while (stop < text.Length && text[stop] is '.' or '!' or '?' or '"' or '\'' or ')' or '\u201D' or '\u2019')
        {
            stop++;
        }

        return new Unit(index, sentence, first, end, new TextSpan(start, stop - start));
    }

    private static bool EndsSentence(string text, List<Token> tokens, int i)
    {
        var gap = text.AsSpan(tokens[i].End, tokens[i + 1].Start - tokens[i].End);
        if (gap.Contains('\n'))
        {
            return true;
        }

        if (gap.IndexOfAny(".!?") < 0)
        {
            return false;
        }

        // "e.g. the cache" and "vs. last year" do not end a sentence; a lower-case word after the dot is the tell.
        var next = text[tokens[i + 1].Start];
        return !Lexicon.Abbreviations.Contains(tokens[i].Lower) || char.IsUpper(next);
    }

    private static bool EndsClause(string text, List<Token> tokens, int unitStart, int i)
    {
        if (i + 3 >= tokens.Count || i + 1 - unitStart < MinClauseTokens)
        {
            return false;
        }

        var gap = text.AsSpan(tokens[i].End, tokens[i + 1].Start - tokens[i].End);
        if (gap.Contains(';') || gap.Contains(" - ", StringComparison.Ordinal) || gap.Contains('\u2014') || gap.Contains('\u2013'))
        {
            return true;
        }

        var next = tokens[i + 1].Lower;
        var after = tokens[i + 2].Lower;
        if (!Lexicon.ClauseJoiners.Contains(next))
        {
            return false;
        }

        if (gap.Contains(','))
        {
            return Lexicon.ClauseSubjects.Contains(after)
                || (after is "then" or "so" && Lexicon.ClauseSubjects.Contains(tokens[i + 3].Lower));
        }

        // Spoken answers run clauses together without commas: "... timing out so I pulled the logs".
        return (next is "so" && after is "i" or "we")
            || (next is "and" && tokens[i + 2].Lower is "so" or "then" && tokens[i + 3].Lower is "i" or "we");
    }

    private static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 5);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var currency = c is '$' or '\u20AC' or '\u00A3' && i + 1 < text.Length && char.IsDigit(text[i + 1]);
            if (!char.IsLetterOrDigit(c) && !currency)
            {
                i++;
                continue;
            }

            var start = i++;
            while (i < text.Length)
            {
                c = text[i];
                if (char.IsLetterOrDigit(c))
                {
                    i++;
                }
                else if (c == '%')
                {
                    i++;
                    break;
                }
                else if (IsInnerPunctuation(text, i))
                {
                    i++;
                }
                else
                {
                    break;
                }
            }

            tokens.Add(MakeToken(text, start, i - start, tokens.Count == 0));
        }

        return tokens;
    }

    private static bool IsInnerPunctuation(string text, int i)
    {
        if (i + 1 >= text.Length || !char.IsLetterOrDigit(text[i + 1]))
        {
            return false;
        }

        return text[i] switch
        {
            '.' or '\'' or '\u2019' or '-' or '/' or '_' or '&' => true,
            ',' or ':' => i > 0 && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]),
            _ => false,
        };
    }

    private static Token MakeToken(string text, int start, int length, bool startsSentence)
    {
        var raw = text.AsSpan(start, length);
        var lower = raw.ToString().ToLowerInvariant().Replace('\u2019', '\'');
        var shape = TokenShape.None;
        var upper = 0;
        var digits = 0;
        var letters = 0;
        var inner = false;
        foreach (var c in raw)
        {
            if (char.IsUpper(c))
            {
                upper++;
            }

            if (char.IsDigit(c))
            {
                digits++;
            }
            else if (char.IsLetter(c))
            {
                letters++;
            }
            else if (c is '.' or '_' or '/')
            {
                inner = true;
            }
        }

        if (char.IsUpper(raw[0]))
        {
            shape |= TokenShape.Capitalized;
        }

        if (upper >= 2 && upper == letters)
        {
            shape |= TokenShape.Acronym;
        }

        // CamelCase, mixed letters and digits (p95, S3, v2), dotted or snake_case names read as technical tokens.
        if ((upper >= 1 && char.IsLower(raw[0])) || (upper >= 2 && upper < letters && letters > 2 && raw.Length > 3 && HasInnerUpper(raw))
            || (digits > 0 && letters > 0 && !Lexicon.IsUnitSuffixed(lower))
            || (inner && letters > 0))
        {
            shape |= TokenShape.Technical;
        }

        if (digits > 0)
        {
            shape |= TokenShape.Digits;
        }

        return new Token(start, length, lower, shape, startsSentence);
    }

    private static bool HasInnerUpper(ReadOnlySpan<char> raw)
    {
        for (var i = 1; i < raw.Length; i++)
        {
            if (char.IsUpper(raw[i]) && char.IsLower(raw[i - 1]))
            {
                return true;
            }
        }

        return false;
    }
}
