using System.Text.Json;
using System.Text.Json.Serialization;
using InterviewPrep.Core.Content;
using InterviewPrep.Core.Critique;

namespace InterviewPrep.Web.Data;

/// <summary>What the user writes in a story; the unit the editor edits, revisions keep and drafts hold.</summary>
public sealed record StoryContent(
    string Title,
    StarFields Star,
    Level Level,
    IReadOnlyList<string> Principles,
    IReadOnlyList<string> Questions,
    IReadOnlyList<string> Tags)
{
    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase), new FlatStarJsonConverter<StoryContent>() },
    };

    public static StoryContent Empty { get; } = new(string.Empty, StarFields.Empty, Level.Senior, [], [], []);

    public string Part(StarPart part) => Star.Get(part);

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    public static StoryContent FromJson(string json) =>
        JsonSerializer.Deserialize<StoryContent>(json, JsonOptions) ?? Empty;

    public bool SameAs(StoryContent other) => ToJson() == other.ToJson();
}
