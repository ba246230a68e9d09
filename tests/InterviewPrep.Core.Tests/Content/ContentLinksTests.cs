using InterviewPrep.Tests;

namespace InterviewPrep.Core.Tests.Content;

/// <summary>What a content file may link to: the web, an email address or a page of the site.</summary>
public sealed class ContentLinksTests : IDisposable
{
    private readonly SampleContent _content = new();

    public void Dispose() => _content.Dispose();

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JavaScript:alert(1)")]
    [InlineData("javascript&#58;alert(1)")]
    [InlineData("data:text/html;base64,PHNjcmlwdD4=")]
    [InlineData("vbscript:msgbox(1)")]
    [InlineData("//evil.example/phish")]
    public void ALinkToAnythingButTheWebMailOrTheSiteIsAnErrorOnItsLine(string url)
    {
        _content.Write("guides/links.md", $"---\nslug: links\ntitle: Links\nsummary: S\norder: 1\n---\nIntro.\n\nSee [this]({url}) now.\n");

        var error = Assert.Single(ContentLoader.Load(_content.Root).Errors);

        Assert.Equal(("guides/links.md", 9), (error.File, error.Line));
        Assert.Contains("is not allowed: use http, https, mailto or a path on this site", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://www.example.org/guide")]
    [InlineData("http://example.org")]
    [InlineData("mailto:security@example.org")]
    [InlineData("/guides/star-method")]
    [InlineData("guides/star-method#the-result")]
    [InlineData("#the-result")]
    public void LinksToTheWebMailAndTheSiteAreAllowed(string url)
    {
        _content.Write("guides/links.md", $"---\nslug: links\ntitle: Links\nsummary: S\norder: 1\n---\nSee [this]({url}) now.\n");

        var guide = Assert.Single(ContentLoader.Load(_content.Root).Guides);

        Assert.Contains("<a href=", guide.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void RawHtmlAndBareAddressesStayText()
    {
        _content.Write("guides/links.md", "---\nslug: links\ntitle: Links\nsummary: S\norder: 1\n---\n<script>alert(1)</script> and www.example.org\n");

        var guide = Assert.Single(ContentLoader.Load(_content.Root).Guides);

        Assert.DoesNotContain("<script>", guide.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<a ", guide.Html, StringComparison.Ordinal);
    }
}
