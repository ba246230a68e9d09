using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using InterviewPrep.Core.Content;

namespace InterviewPrep.Web.Data;

/// <summary>
/// Writes a record's <c>Star</c> property as five properties of the record itself ("title", "situation", "task"...),
/// the flat shape that stored revisions, drafts and export files have always had, and reads that shape back.
/// Register it in the serializer options (not as an attribute): it serializes the record with a copy of the options
/// that leaves itself out.
/// </summary>
public sealed class FlatStarJsonConverter<T> : JsonConverter<T>
    where T : class
{
    private const string StarProperty = "star";

    private static readonly string[] PartNames =
        Enum.GetValues<StarPart>().Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.ToString())).ToArray();

    private static readonly ConditionalWeakTable<JsonSerializerOptions, JsonSerializerOptions> WithoutThis = [];

    public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (JsonNode.Parse(ref reader) is not JsonObject node)
        {
            return null;
        }

        var star = new JsonObject();
        foreach (var name in PartNames)
        {
            node.TryGetPropertyValue(name, out var value);
            node.Remove(name);
            star[name] = value ?? JsonValue.Create(string.Empty);
        }

        node[StarProperty] = star;
        return node.Deserialize<T>(Inner(options));
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        var node = JsonSerializer.SerializeToNode(value, Inner(options))!.AsObject();
        var flat = new JsonObject();
        foreach (var (name, child) in node.ToList())
        {
            node.Remove(name);
            if (name == StarProperty && child is JsonObject star)
            {
                foreach (var (part, text) in star.ToList())
                {
                    star.Remove(part);
                    flat[part] = text;
                }
            }
            else
            {
                flat[name] = child;
            }
        }

        flat.WriteTo(writer, options);
    }

    private static JsonSerializerOptions Inner(JsonSerializerOptions options) =>
        WithoutThis.GetValue(options, static o =>
        {
            var copy = new JsonSerializerOptions(o);
            foreach (var converter in copy.Converters.OfType<FlatStarJsonConverter<T>>().ToList())
            {
                copy.Converters.Remove(converter);
            }

            return copy;
        });
}
