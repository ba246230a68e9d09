using System.Collections.Frozen;

namespace InterviewPrep.Core.Content;

/// <summary>
/// Everything in the content folder, parsed, validated and rendered once. Immutable: a reload builds a new
/// catalog and swaps it in whole.
/// </summary>
public sealed class ContentCatalog
{
    private readonly FrozenDictionary<string, Principle> _principles;
    private readonly FrozenDictionary<string, ExampleAnswer> _examples;
    private readonly FrozenDictionary<string, Question> _questions;
    private readonly FrozenDictionary<string, Article> _guides;
    private readonly FrozenDictionary<string, Article> _pages;
    private readonly FrozenDictionary<string, IReadOnlyList<ExampleAnswer>> _examplesByPrinciple;

    public ContentCatalog(
        IEnumerable<Principle> principles,
        IEnumerable<ExampleAnswer> examples,
        IEnumerable<Article> guides,
        IEnumerable<Article> pages,
        IEnumerable<ContentError> errors)
    {
        Principles = principles.OrderBy(p => p.Order).ThenBy(p => p.Title, StringComparer.Ordinal).ToList();
        Examples = examples
            .OrderBy(e => PrincipleOrder(e.PrincipleSlug))
            .ThenBy(e => e.Verdict)
            .ThenBy(e => e.Level)
            .ThenBy(e => e.Slug, StringComparer.Ordinal)
            .ToList();
        Guides = guides.OrderBy(g => g.Order).ThenBy(g => g.Title, StringComparer.Ordinal).ToList();
        Pages = pages.ToList();
        Questions = Principles.SelectMany(p => p.Questions).ToList();
        Errors = errors.ToList();
        Companies = Principles.SelectMany(p => p.Companies.Select(c => c.Company))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();

        _principles = Principles.ToFrozenDictionary(p => p.Slug, StringComparer.Ordinal);
        _examples = Examples.ToFrozenDictionary(e => e.Slug, StringComparer.Ordinal);
        _questions = Questions.ToFrozenDictionary(q => q.Key, StringComparer.Ordinal);
        _guides = Guides.ToFrozenDictionary(g => g.Slug, StringComparer.Ordinal);
        _pages = Pages.ToFrozenDictionary(p => p.Slug, StringComparer.Ordinal);
        _examplesByPrinciple = Examples.GroupBy(e => e.PrincipleSlug)
            .ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<ExampleAnswer>)g.ToList(), StringComparer.Ordinal);
        Search = new ContentSearch(this);

        int PrincipleOrder(string slug) => Principles.FirstOrDefault(p => p.Slug == slug)?.Order ?? int.MaxValue;
    }

    public static ContentCatalog Empty { get; } = new([], [], [], [], []);

    public IReadOnlyList<Principle> Principles { get; }

    public IReadOnlyList<ExampleAnswer> Examples { get; }

    public IReadOnlyList<Question> Questions { get; }

    public IReadOnlyList<Article> Guides { get; }

    public IReadOnlyList<Article> Pages { get; }

    /// <summary>Every company that names at least one principle, in alphabetical order.</summary>
    public IReadOnlyList<string> Companies { get; }

    /// <summary>Problems found while loading; the files they name are not in the catalog.</summary>
    public IReadOnlyList<ContentError> Errors { get; }

    public ContentSearch Search { get; }

    public Principle? FindPrinciple(string slug) => _principles.GetValueOrDefault(slug);

    public ExampleAnswer? FindExample(string slug) => _examples.GetValueOrDefault(slug);

    public Question? FindQuestion(string key) => _questions.GetValueOrDefault(key);

    public Article? FindGuide(string slug) => _guides.GetValueOrDefault(slug);

    public Article? FindPage(string slug) => _pages.GetValueOrDefault(slug);

    public IReadOnlyList<ExampleAnswer> ExamplesFor(string principleSlug) =>
        _examplesByPrinciple.GetValueOrDefault(principleSlug) ?? [];
}
