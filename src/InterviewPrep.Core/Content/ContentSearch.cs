using System.Net;
using System.Text.RegularExpressions;

namespace InterviewPrep.Core.Content;

public enum SearchKind
{
    Principle,
    Example,
    Question,
    Guide,
}

/// <summary>A search result; <see cref="Key"/> is a slug, or a question key for questions.</summary>
public sealed record SearchHit(SearchKind Kind, string Key, string Title, string Snippet, string? PrincipleSlug, int Score);

/// <summary>
/// Word search over the catalog. Every query word must match the start of a word in the document; hits in the
/// title weigh most. The index is built once with the catalog.
/// </summary>
public sealed partial class ContentSearch
{
    private const int SnippetLength = 180;
    private readonly List<Document> _documents;

    internal ContentSearch(ContentCatalog catalog)
    {
        _documents = [];
        foreach (var p in catalog.Principles)
        {
            var text = string.Join(' ', new[] { p.Summary, HtmlToText(p.Html) }
                .Concat(p.Companies.Select(c => $"{c.Company} {c.Name}"))
                .Concat(p.Probes.Select(x => $"{x.Text} {x.Checks}"))
                .Concat(p.Traps.Select(x => $"{x.Text} {x.Why}")));
            _documents.Add(new Document(SearchKind.Principle, p.Slug, p.Title, p.Summary, text, null));
            foreach (var q in p.Questions)
            {
                _documents.Add(new Document(SearchKind.Question, q.Key, q.Text, q.Text, $"{q.Text} {p.Title}", p.Slug));
            }
        }

        foreach (var e in catalog.Examples)
        {
            var answer = string.Join(' ', e.Sections.SelectMany(s => s.Paragraphs).Select(p => p.Text));
            var notes = string.Join(' ', e.Annotations.Select(a => a.Note));
            var transcript = string.Join(' ', e.Transcript.Select(t => $"{t.Probe} {t.Reply.Text} {string.Join(' ', t.Annotations.Select(a => a.Note))}"));
            _documents.Add(new Document(
                SearchKind.Example, e.Slug, e.Title, e.Question, $"{e.Question} {e.Role} {e.Domain} {answer} {notes} {transcript}", e.PrincipleSlug));
        }

        foreach (var g in catalog.Guides)
        {
            _documents.Add(new Document(SearchKind.Guide, g.Slug, g.Title, g.Summary, $"{g.Summary} {HtmlToText(g.Html)}", null));
        }
    }

    /// <summary>Hits grouped by kind (principles, examples, questions, guides), best first within each kind.</summary>
    public IReadOnlyList<SearchHit> Find(string? query, int limitPerKind = 20)
    {
        var terms = Tokenize(query ?? string.Empty).Distinct(StringComparer.Ordinal).ToArray();
        if (terms.Length == 0)
        {
            return [];
        }

        var hits = new List<SearchHit>();
        foreach (var document in _documents)
        {
            var score = 0;
            foreach (var term in terms)
            {
                var termScore = document.Score(term);
                if (termScore == 0)
                {
                    score = 0;
                    break;
                }

                score += termScore;
            }

            if (score > 0)
            {
                hits.Add(new SearchHit(document.Kind, document.Key, document.Title, document.Snippet(terms), document.PrincipleSlug, score));
            }
        }

        return hits
            .GroupBy(h => h.Kind)
            .OrderBy(g => g.Key)
            .SelectMany(g => g.OrderByDescending(h => h.Score).ThenBy(h => h.Title, StringComparer.Ordinal).Take(limitPerKind))
            .ToList();
    }

    internal static IEnumerable<string> Tokenize(string text) =>
        WordPattern().Matches(text).Select(m => m.Value.ToLowerInvariant());

    private static string HtmlToText(string html) =>
        TextStats.NormalizeWhitespace(WebUtility.HtmlDecode(TagPattern().Replace(html, " ")));

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex TagPattern();

    private sealed class Document
    {
        private readonly string[] _titleWords;
        private readonly string[] _bodyWords;
        private readonly string _summary;
        private readonly string _text;

        public Document(SearchKind kind, string key, string title, string summary, string text, string? principleSlug)
        {
            Kind = kind;
            Key = key;
            Title = title;
            PrincipleSlug = principleSlug;
            _summary = summary;
            _text = TextStats.NormalizeWhitespace(text);
            _titleWords = Tokenize(title).ToArray();
            _bodyWords = Tokenize(text).ToArray();
        }

        public SearchKind Kind { get; }

        public string Key { get; }

        public string Title { get; }

        public string? PrincipleSlug { get; }

        public int Score(string term)
        {
            var score = 0;
            foreach (var word in _titleWords)
            {
                if (word.StartsWith(term, StringComparison.Ordinal))
                {
                    score += 10;
                }
            }

            var bodyHits = 0;
            foreach (var word in _bodyWords)
            {
                if (word.StartsWith(term, StringComparison.Ordinal) && ++bodyHits == 10)
                {
                    break;
                }
            }

            return score + bodyHits;
        }

        /// <summary>The summary when it mentions a term, else the text around the first mention.</summary>
        public string Snippet(IReadOnlyList<string> terms)
        {
            if (terms.Any(t => _summary.Contains(t, StringComparison.OrdinalIgnoreCase)))
            {
                return _summary;
            }

            var at = terms.Select(t => _text.IndexOf(t, StringComparison.OrdinalIgnoreCase)).Where(i => i >= 0).DefaultIfEmpty(0).Min();
            var start = Math.Max(0, at - (SnippetLength / 3));
            if (start > 0)
            {
                var space = _text.IndexOf(' ', start);
                start = space >= 0 && space < at ? space + 1 : start;
            }

            var length = Math.Min(SnippetLength, _text.Length - start);
            var snippet = _text.Substring(start, length);
            return (start > 0 ? "..." : string.Empty) + snippet + (start + length < _text.Length ? "..." : string.Empty);
        }
    }
}
