using InterviewPrep.Core.Content;
using InterviewPrep.Web.Data;
using InterviewPrep.Web.Services;

namespace InterviewPrep.Web.Features.Stories;

/// <summary>The editor's mutable copy of a story while the user types.</summary>
internal sealed class EditorModel
{
    private readonly Dictionary<StarPart, string> _parts = Enum.GetValues<StarPart>().ToDictionary(p => p, _ => string.Empty);

    public string Title { get; set; } = string.Empty;

    public Level Level { get; set; } = Level.Senior;

    public string TagsText { get; set; } = string.Empty;

    public HashSet<string> Principles { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Questions { get; } = new(StringComparer.Ordinal);

    public bool IsEmpty => Title.Length == 0 && _parts.Values.All(v => v.Length == 0) && Principles.Count == 0;

    public string Get(StarPart part) => _parts[part];

    public void Set(StarPart part, string text) => _parts[part] = text;

    public void Load(StoryContent content)
    {
        Title = content.Title;
        foreach (var part in Enum.GetValues<StarPart>())
        {
            _parts[part] = content.Part(part);
        }

        Level = content.Level;
        TagsText = string.Join(", ", content.Tags);
        Principles.Clear();
        Principles.UnionWith(content.Principles);
        Questions.Clear();
        Questions.UnionWith(content.Questions);
    }

    /// <summary>Takes the text fields a browser kept while offline; true if any differed from what is loaded.</summary>
    public bool ApplyBackup(IReadOnlyDictionary<string, string> values)
    {
        var changed = false;
        if (values.TryGetValue("title", out var title) && title != Title)
        {
            Title = title;
            changed = true;
        }

        if (values.TryGetValue("tags", out var tags) && tags != TagsText)
        {
            TagsText = tags;
            changed = true;
        }

        foreach (var part in Enum.GetValues<StarPart>())
        {
            if (values.TryGetValue(part.ToString().ToLowerInvariant(), out var text) && text != _parts[part])
            {
                _parts[part] = text;
                changed = true;
            }
        }

        return changed;
    }

    public StoryContent ToContent() => new(
        Title.Trim(),
        _parts[StarPart.Situation],
        _parts[StarPart.Task],
        _parts[StarPart.Action],
        _parts[StarPart.Result],
        _parts[StarPart.Reflection],
        Level,
        Principles.Order(StringComparer.Ordinal).ToList(),
        Questions.Order(StringComparer.Ordinal).ToList(),
        StoryValidator.ParseTags(TagsText));
}
