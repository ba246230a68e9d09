using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using InterviewPrep.Core.Content;
using InterviewPrep.Core.Critique;
using InterviewPrep.Web.Data;

namespace InterviewPrep.Web.Services;

/// <summary>One story as it appears in an export file; <see cref="Id"/> makes re-import idempotent.</summary>
public sealed record ExportedStory(
    Guid Id,
    string Title,
    StarFields Star,
    Level Level,
    IReadOnlyList<string> Principles,
    IReadOnlyList<string> Questions,
    IReadOnlyList<string> Tags,
    DateTime CreatedAt,
    DateTime UpdatedAt)
{
    public static ExportedStory From(Story story) => new(
        story.Uid, story.Title, story.Star, story.Level, story.Principles, story.Questions, story.Tags, story.CreatedAt, story.UpdatedAt);

    public StoryContent ToContent() =>
        new(Title ?? string.Empty, (Star ?? StarFields.Empty).OrEmpty(), Level, Principles ?? [], Questions ?? [], Tags ?? []);
}

public sealed record StoryExportFile(string Format, int Version, DateTime ExportedAt, IReadOnlyList<ExportedStory> Stories)
{
    public const string FormatName = "interviewprep-stories";
}

/// <summary>Writes a user's stories as JSON (for import) or as one printable Markdown document.</summary>
public static class StoryExport
{
    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters =
        {
            new JsonStringEnumConverter(JsonNamingPolicy.CamelCase),
            new FlatStarJsonConverter<ExportedStory>(),
            new FlatStarJsonConverter<StoryContent>(),
        },
    };

    public static byte[] ToJson(IEnumerable<Story> stories, DateTime exportedAt) =>
        JsonSerializer.SerializeToUtf8Bytes(
            new StoryExportFile(StoryExportFile.FormatName, 1, exportedAt, stories.Select(ExportedStory.From).ToList()), JsonOptions);

    /// <summary>Reads an export file; a file that is not one gives a message saying what is wrong.</summary>
    public static (IReadOnlyList<ExportedStory> Stories, string? Error) FromJson(Stream json)
    {
        try
        {
            var file = JsonSerializer.Deserialize<StoryExportFile>(json, JsonOptions);
            if (file is null || file.Format != StoryExportFile.FormatName || file.Stories is null)
            {
                return ([], "This file is not an InterviewPrep story export. Use a file from \"Download as JSON\".");
            }

            if (file.Stories.Any(s => s.Id == Guid.Empty))
            {
                return ([], "Every story in the file needs its \"id\"; the file may have been edited by hand.");
            }

            return (file.Stories, null);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is long line ? $" near line {line + 1}" : string.Empty;
            return ([], $"The file is not valid JSON{where}: {ex.Message.Split('.')[0]}.");
        }
    }

    public static string ToMarkdown(IEnumerable<Story> stories, ContentCatalog catalog, DateTime exportedAt)
    {
        var text = new StringBuilder();
        text.AppendLine("# My interview stories");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Exported from InterviewPrep on {exportedAt:d MMMM yyyy}.");
        foreach (var story in stories)
        {
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"## {OneLine(story.Title)}");
            text.AppendLine();
            var principles = story.Principles.Select(p => catalog.FindPrinciple(p)?.Title ?? p).ToList();
            if (principles.Count > 0)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"- Principles: {string.Join(", ", principles)}");
            }

            text.AppendLine(CultureInfo.InvariantCulture, $"- Level: {story.Level}");
            if (story.Tags.Count > 0)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"- Tags: {string.Join(", ", story.Tags)}");
            }

            foreach (var question in story.Questions.Select(catalog.FindQuestion).OfType<Question>())
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"- Answers: \"{question.Text}\"");
            }

            foreach (var part in Enum.GetValues<StarPart>())
            {
                var body = story.GetContent().Part(part);
                if (!string.IsNullOrWhiteSpace(body))
                {
                    text.AppendLine();
                    text.AppendLine(CultureInfo.InvariantCulture, $"### {part}");
                    text.AppendLine();
                    text.AppendLine(body.Trim());
                }
            }
        }

        return text.ToString();
    }

    private static string OneLine(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
