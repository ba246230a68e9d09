using System.Text;

namespace InterviewPrep.Web.Services;

/// <summary>Turns the words a user searches their stories for into a query the full-text index cannot misread.</summary>
internal static class StorySearchQuery
{
    /// <summary>An FTS5 query: every word must match, as a prefix, quoted so no input is syntax.</summary>
    public static string? From(string? words)
    {
        var terms = ContentSearchWords(words ?? string.Empty).ToList();
        if (terms.Count == 0)
        {
            return null;
        }

        var query = new StringBuilder();
        foreach (var term in terms)
        {
            query.Append('"').Append(term.Replace("\"", "\"\"", StringComparison.Ordinal)).Append("\"* ");
        }

        return query.ToString().TrimEnd();
    }

    private static IEnumerable<string> ContentSearchWords(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string(w.Where(char.IsLetterOrDigit).ToArray()))
            .Where(w => w.Length > 0)
            .Take(12);
}
