using System.Globalization;
using System.Text;

namespace InterviewPrep.Web.Tests.Features.Principles;

/// <summary>The principle page links each company's name for the principle to the page it was read on.</summary>
public sealed class CompanySourceTests : IDisposable
{
    private readonly string _content = Path.Combine(Path.GetTempPath(), "interviewprep-sources-" + Guid.NewGuid().ToString("N"));

    public CompanySourceTests()
    {
        Directory.CreateDirectory(Path.Combine(_content, "principles"));
        File.WriteAllText(Path.Combine(_content, "principles", "dive-deep.md"), Principle());
    }

    public void Dispose() => Directory.Delete(_content, recursive: true);

    [Fact]
    public async Task EachCompanyLinksToItsSourceAndSaysWhenItWasChecked()
    {
        using var factory = new TestAppFactory(useKestrel: false, contentPath: _content);
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

    private static string Principle()
    {
        var text = new StringBuilder("""
            ---
            slug: dive-deep
            title: Dive Deep
            summary: "Know the details."
            order: 1
            companies:
              - company: Amazon
                name: Dive Deep
                source: "https://www.amazon.jobs/content/en/our-workplace/leadership-principles"
                checked: 2026-03-09
              - company: Netflix
                name: Judgment
                source: "https://jobs.netflix.com/culture"
                checked: 2026-02-27
            questions:

            """);
        for (var i = 1; i <= 6; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"  - id: q{i}\n    text: \"Question {i}?\"\n");
        }

        text.Append("probes:\n");
        for (var i = 1; i <= 6; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"  - probe: \"Probe {i}?\"\n    checks: \"Check {i}.\"\n");
        }

        text.Append("traps:\n");
        for (var i = 1; i <= 3; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"  - trap: \"Trap {i}.\"\n    why: \"Why {i}.\"\n");
        }

        text.Append("""
            ---
            ## What the interviewer is really testing

            Details.

            ## How it is scored at each level

            ### Entry
            Finds the bug.
            ### Mid
            Finds the cause.
            ### Senior
            Finds the pattern.
            ### Principal
            Changes the system.

            ## What gets scored harder at senior

            Depth.

            ## How to pick a story

            Pick a real one.

            """);
        return text.ToString();
    }
}
