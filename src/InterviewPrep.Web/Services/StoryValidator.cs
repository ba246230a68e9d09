using InterviewPrep.Core.Content;
using InterviewPrep.Web.Data;

namespace InterviewPrep.Web.Services;

/// <summary>Checks a story against the limits and the content catalog; messages are keyed by field name.</summary>
internal static class StoryValidator
{
    /// <param name="isDraft">A draft is what is being typed: it may have no title yet, but keeps every other limit.</param>
    public static Dictionary<string, string> Validate(StoryContent content, ContentCatalog catalog, bool isDraft = false)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(content.Title) && !isDraft)
        {
            errors[nameof(StoryContent.Title)] = "Give the story a title, for example \"Checkout latency, 2024\".";
        }
        else if (content.Title.Length > StoryLimits.Title)
        {
            errors[nameof(StoryContent.Title)] = TooLong("The title", content.Title.Length, StoryLimits.Title);
        }

        foreach (var part in Enum.GetValues<StarPart>())
        {
            var text = content.Part(part);
            if (text.Length > StoryLimits.Part)
            {
                errors[part.ToString()] = TooLong($"The {part.ToString().ToLowerInvariant()}", text.Length, StoryLimits.Part);
            }
        }

        if (content.Tags.Count > StoryLimits.Tags)
        {
            errors[nameof(StoryContent.Tags)] = $"Use at most {StoryLimits.Tags} tags; this story has {content.Tags.Count}.";
        }
        else if (content.Tags.FirstOrDefault(t => t.Length > StoryLimits.Tag) is { } longTag)
        {
            errors[nameof(StoryContent.Tags)] = $"Each tag can be at most {StoryLimits.Tag} characters; \"{longTag[..20]}...\" is {longTag.Length}.";
        }

        var unknownPrinciple = content.Principles.FirstOrDefault(p => catalog.FindPrinciple(p) is null);
        if (unknownPrinciple is not null)
        {
            errors[nameof(StoryContent.Principles)] = $"\"{unknownPrinciple}\" is not a principle this app knows.";
        }
        else if (content.Principles.Count > catalog.Principles.Count)
        {
            // Only an imported file can get here: it names a principle twice, or more than the catalog holds.
            errors[nameof(StoryContent.Principles)] = $"Pick at most {catalog.Principles.Count} principles, each once.";
        }

        var unknownQuestion = content.Questions.FirstOrDefault(q => catalog.FindQuestion(q) is null);
        if (unknownQuestion is not null)
        {
            errors[nameof(StoryContent.Questions)] = $"\"{unknownQuestion}\" is not a question this app knows.";
        }
        else if (content.Questions.Count > StoryLimits.Questions)
        {
            errors[nameof(StoryContent.Questions)] = $"Pick at most {StoryLimits.Questions} questions.";
        }

        return errors;
    }

    /// <summary>Splits a comma-separated tag field into distinct, trimmed tags.</summary>
    public static List<string> ParseTags(string? text) =>
        (text ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();

    private static string TooLong(string what, int length, int limit) =>
        $"{what} is {length:N0} characters; the limit is {limit:N0}. Shorten it before saving: your text stays here.";
}
