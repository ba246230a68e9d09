using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace InterviewPrep.Core.Content;

/// <summary>
/// American spelling in every content file: each British spelling (<see cref="BritishSpellings"/>) in the prose or the
/// front matter's text is an error on its line. Code, URLs, link targets and identifiers are not prose and are skipped.
/// </summary>
public static partial class ContentLoader
{
    /// <summary>
    /// Front matter fields that hold identifiers, links or dates, and a company's own name for a principle, which is
    /// quoted as the company writes it.
    /// </summary>
    private static readonly FrozenSet<string> NotProseKeys = new[]
    {
        "slug", "principle", "level", "verdict", "domain", "related", "critique", "id", "source", "checked", "company", "name",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static void CheckSpelling(string text, SourceFile file)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var inFrontMatter = lines.Length > 0 && lines[0].TrimEnd() == "---";
        var fence = string.Empty;
        for (var i = inFrontMatter ? 1 : 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (inFrontMatter && line.TrimEnd() == "---")
            {
                inFrontMatter = false;
                continue;
            }

            if (!inFrontMatter && FenceMarker(line) is { } marker)
            {
                fence = fence.Length == 0 ? marker : (marker.StartsWith(fence, StringComparison.Ordinal) ? string.Empty : fence);
                continue;
            }

            if (fence.Length > 0 || (inFrontMatter && YamlKey().Match(line) is { Success: true } key && NotProseKeys.Contains(key.Groups["key"].Value)))
            {
                continue;
            }

            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (Match word in Word().Matches(NotProse().Replace(line, " ")))
            {
                if (BritishSpellings.TryGetAmerican(word.Value, out var american) && seen.Add(word.Value))
                {
                    file.Error(i + 1, $"British spelling \"{word.Value}\"; write \"{american}\"");
                }
            }
        }
    }

    /// <summary>The run of backticks or tildes that opens or closes a fenced code block, or null.</summary>
    private static string? FenceMarker(string line)
    {
        var trimmed = line.TrimStart();
        var run = trimmed.TakeWhile(c => c is '`' or '~').Count();
        return run >= 3 && trimmed.Take(run).Distinct().Count() == 1 ? trimmed[..run] : null;
    }

    [GeneratedRegex(@"^\s*(?:-\s+)?(?<key>[A-Za-z_]+)\s*:")]
    private static partial Regex YamlKey();

    // Code spans, link targets, autolinks and bare URLs name things; they are not read as prose.
    [GeneratedRegex(@"`+[^`]*`+|\]\([^)]*\)|<[^>\s]+>|\b(?:https?://|www\.)\S+")]
    private static partial Regex NotProse();

    // A word is a run of letters; a run that also holds digits or underscores is a name, not a word.
    [GeneratedRegex(@"(?<![\p{L}\p{N}_])\p{L}+(?![\p{L}\p{N}_])")]
    private static partial Regex Word();
}
