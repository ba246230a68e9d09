using InterviewPrep.Tests;

namespace InterviewPrep.Core.Tests.Content;

public sealed class ContentSearchTests : IDisposable
{
    private readonly SampleContent _content = new();
    private readonly ContentCatalog _catalog;

    public ContentSearchTests()
    {
        _content.Write("principles/dive-deep.md", SampleContent.Principle());
        _content.Write("examples/dive-deep-weak-invoice-export.md", SampleContent.Example());
        _content.Write("guides/star-method.md", "---\nslug: star-method\ntitle: The STAR method\nsummary: How to time an answer.\norder: 1\n---\nSpend most of the two minutes on the Action.\n");
        _catalog = ContentLoader.Load(_content.Root);
    }

    public void Dispose() => _content.Dispose();

    [Fact]
    public void FindsEachKindByWordsInItsText()
    {
        Assert.Contains(_catalog.Search.Find("retries"), h => h is { Kind: SearchKind.Example, Key: "dive-deep-weak-invoice-export" });
        Assert.Contains(_catalog.Search.Find("minutes action"), h => h is { Kind: SearchKind.Guide, Key: "star-method" });
        Assert.Contains(_catalog.Search.Find("number 3"), h => h is { Kind: SearchKind.Question, Key: "dive-deep/question-3", PrincipleSlug: "dive-deep" });
        Assert.Contains(_catalog.Search.Find("dive"), h => h is { Kind: SearchKind.Principle, Key: "dive-deep" });
    }

    [Fact]
    public void EveryWordMustMatchAndPrefixesCount()
    {
        Assert.Contains(_catalog.Search.Find("invoi"), h => h.Kind == SearchKind.Example);
        Assert.DoesNotContain(_catalog.Search.Find("invoice giraffe"), h => h.Kind == SearchKind.Example);
    }

    [Fact]
    public void ResultsAreGroupedByKindInAFixedOrder()
    {
        var kinds = _catalog.Search.Find("dive").Select(h => h.Kind).ToList();

        Assert.Equal(kinds.OrderBy(k => k), kinds);
        Assert.Contains(SearchKind.Principle, kinds);
        Assert.Contains(SearchKind.Question, kinds);
    }

    [Fact]
    public void BlankQueryFindsNothing()
    {
        Assert.Empty(_catalog.Search.Find("   "));
        Assert.Empty(_catalog.Search.Find(null));
    }
}
