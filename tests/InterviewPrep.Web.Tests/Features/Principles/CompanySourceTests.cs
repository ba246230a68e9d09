namespace InterviewPrep.Web.Tests.Features.Principles;

/// <summary>The principle page links each company's name for the principle to the page it was read on.</summary>
public sealed class CompanySourceTests : IDisposable
{
    private const string Netflix = """
          - company: Netflix
            name: Judgment
            source: "https://jobs.netflix.com/culture"
            checked: 2026-02-27

        """;

    private readonly SampleContent _content = new();

    public CompanySourceTests() => _content.Write("principles/dive-deep.md", SampleContent.Principle(moreCompanies: Netflix));

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task EachCompanyLinksToItsSourceAndSaysWhenItWasChecked()
    {
        using var factory = new TestAppFactory(useKestrel: false, contentPath: _content.Root);
        using var client = factory.CreateClient();

        var (_, page) = await HtmlPage.GetAsync(client, "/principles/dive-deep");

        var companies = page.QuerySelectorAll("ul.companies[aria-label='Tested as'] > li");
        Assert.Equal(["Amazon: Dive Deep", "Netflix: Judgment"], companies.Select(li => li.QuerySelector(".tag.company")!.TextContent));
        var link = companies[0].QuerySelector("a.company-source")!;
        Assert.Equal("https://www.amazon.jobs/content/en/our-workplace/leadership-principles", link.GetAttribute("href"));
        Assert.Equal("source for Amazon, checked Mar 9, 2026", link.TextContent);
        Assert.Equal("source, checked Mar 9, 2026", string.Concat(link.ChildNodes.Where(n => n is not AngleSharp.Dom.IElement).Select(n => n.TextContent)));
        Assert.Equal("source for Netflix, checked Feb 27, 2026", companies[1].QuerySelector("a.company-source")!.TextContent);
    }
}
