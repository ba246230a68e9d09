using System.Collections.Frozen;

namespace InterviewPrep.Core.Critique;

/// <summary>A word list the critic looks single words up in. It keeps the words as written, so tests can check the list.</summary>
internal sealed class WordSet
{
    private readonly FrozenSet<string> _set;

    public WordSet(params string[] words)
    {
        Words = words;
        _set = words.ToFrozenSet(StringComparer.Ordinal);
    }

    public IReadOnlyList<string> Words { get; }

    public bool Contains(string word) => _set.Contains(word);
}
