using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace InterviewPrep.Web.Tests;

/// <summary>Fetches a page and parses it, so tests can check what a reader would see.</summary>
internal static class HtmlPage
{
    private static readonly HtmlParser Parser = new();

    public static async Task<(HttpResponseMessage Response, IDocument Document)> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        return (response, await Parser.ParseDocumentAsync(html));
    }
}
