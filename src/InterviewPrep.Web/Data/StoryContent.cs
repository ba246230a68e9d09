using System.Text.Json;
using System.Text.Json.Serialization;
using InterviewPrep.Core.Content;

namespace InterviewPrep.Web.Data;

/// <summary>What the user writes in a story; the unit the editor edits, revisions keep and drafts hold.</summary>
public sealed record StoryContent(
    string Title,
    string Situation,
    string Task,
    string Action,
    string Result,
    string Reflection,
    Level Level,
    IReadOnlyList<string> Principles,
    IReadOnlyList<string> Questions,
    IReadOnlyList<string> Tags)
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static StoryContent Empty { get; } = new(string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, Level.Senior, [], [], []);

    public string Part(StarPart part) => part switch
    {
        StarPart.Situation => Situation,
        StarPart.Task => Task,
        StarPart.Action => Action,
        StarPart.Result => Result,
        _ => Reflection,
    };

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    public static StoryContent FromJson(string json) =>
        JsonSerializer.Deserialize<StoryContent>(json, JsonOptions) ?? Empty;

    public bool SameAs(StoryContent other) => ToJson() == other.ToJson();
}
