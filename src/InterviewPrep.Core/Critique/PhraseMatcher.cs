namespace InterviewPrep.Core.Critique;

/// <summary>A phrase found in the answer: its first token and how many tokens it covers.</summary>
internal readonly record struct PhraseHit(int Token, int Count);

/// <summary>
/// Finds multi-word phrases in a token stream. A phrase is written as lower-case words separated by spaces; a word
/// ending in <c>*</c> matches any word with that prefix, one starting with <c>*</c> any word with that suffix
/// (<c>looked at *ing</c>), <c>#</c> matches a quantity and <c>_</c> matches any word.
/// </summary>
internal sealed class PhraseMatcher
{
    private readonly Dictionary<string, List<string[]>> _byFirstWord = new(StringComparer.Ordinal);
    private readonly List<string[]> _openFirstWord = [];

    public PhraseMatcher(params IEnumerable<string>[] lists)
    {
        Phrases = lists.SelectMany(l => l).ToList();
        foreach (var phrase in Phrases)
        {
            var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var first = words[0];
            if (first.EndsWith('*') || first.StartsWith('*') || first is "#" or "_")
            {
                _openFirstWord.Add(words);
            }
            else
            {
                if (!_byFirstWord.TryGetValue(first, out var list))
                {
                    list = [];
                    _byFirstWord[first] = list;
                }

                list.Add(words);
            }
        }

        // Longest first, so "instead of" wins over "instead" at the same position.
        foreach (var list in _byFirstWord.Values)
        {
            list.Sort((a, b) => b.Length.CompareTo(a.Length));
        }

        _openFirstWord.Sort((a, b) => b.Length.CompareTo(a.Length));
    }

    /// <summary>Every phrase, as written, from all the lists the matcher was built from.</summary>
    public IReadOnlyList<string> Phrases { get; }

    public List<PhraseHit> FindAll(Analysis analysis, int from, int to)
    {
        var hits = new List<PhraseHit>();
        var i = from;
        while (i < to)
        {
            var length = MatchAt(analysis, i, to);
            if (length > 0)
            {
                hits.Add(new PhraseHit(i, length));
                i += length;
            }
            else
            {
                i++;
            }
        }

        return hits;
    }

    public int Count(Analysis analysis, int from, int to) => FindAll(analysis, from, to).Count;

    public bool Any(Analysis analysis, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (MatchAt(analysis, i, to) > 0)
            {
                return true;
            }
        }

        return false;
    }

    public int MatchAt(Analysis analysis, int i, int to)
    {
        var tokens = analysis.Text.Tokens;
        if (_byFirstWord.TryGetValue(tokens[i].Lower, out var candidates))
        {
            foreach (var words in candidates)
            {
                if (Matches(analysis, words, i, to))
                {
                    return words.Length;
                }
            }
        }

        foreach (var words in _openFirstWord)
        {
            if (Matches(analysis, words, i, to))
            {
                return words.Length;
            }
        }

        return 0;
    }

    private static bool Matches(Analysis analysis, string[] words, int i, int to)
    {
        if (i + words.Length > to)
        {
            return false;
        }

        for (var k = 0; k < words.Length; k++)
        {
            var word = words[k];
            var token = analysis.Text.Tokens[i + k].Lower;
            var ok = word switch
            {
                "_" => true,
                "#" => analysis.Quantities[i + k] != QuantityKind.None,
                _ when word.EndsWith('*') => token.StartsWith(word.AsSpan(0, word.Length - 1), StringComparison.Ordinal),
                _ when word.StartsWith('*') => token.Length > word.Length && token.EndsWith(word.AsSpan(1), StringComparison.Ordinal),
                _ => token == word,
            };
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }
}
