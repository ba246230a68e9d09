using InterviewPrep.Core.Content;

namespace InterviewPrep.Bench;

/// <summary>The benchmark's input: strong example answers from the repository's content, cut to exactly 500 words.</summary>
internal static class Answers
{
    public const int Words = 500;

    public static string ContentPath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "InterviewPrep.sln")))
            {
                return Path.Combine(dir.FullName, "content");
            }
        }

        throw new InvalidOperationException($"InterviewPrep.sln was not found above {AppContext.BaseDirectory}.");
    }

    public static string FiveHundredWords()
    {
        var catalog = ContentLoader.Load(ContentPath());
        var words = catalog.Examples
            .Where(e => e.Verdict == Verdict.Strong)
            .OrderBy(e => e.PrincipleSlug == "dive-deep" ? 0 : 1).ThenBy(e => e.Slug, StringComparer.Ordinal)
            .SelectMany(e => e.Sections.SelectMany(s => s.Paragraphs).Select(p => p.Text))
            .SelectMany(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Take(Words)
            .ToList();
        if (words.Count < Words)
        {
            throw new InvalidOperationException($"The content has only {words.Count} words of strong examples.");
        }

        return string.Join(' ', words);
    }
}
