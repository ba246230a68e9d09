using InterviewPrep.Core.Content;
using InterviewPrep.Core.Critique;
using InterviewPrep.Web.Data;
using InterviewPrep.Web.Services;

namespace InterviewPrep.Web.Features.Stories;

/// <summary>The editor's mutable copy of a story while the user types.</summary>
internal sealed class EditorModel
{
    public string Title { get; set; } = string.Empty;

    public StarFields Star { get; private set; } = StarFields.Empty;

    public Level Level { get; set; } = Level.Senior;

    public string TagsText { get; set; } = string.Empty;

    public HashSet<string> Principles { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Questions { get; } = new(StringComparer.Ordinal);

    public bool IsEmpty => Title.Length == 0 && Star == StarFields.Empty && Principles.Count == 0;

    public string Get(StarPart part) => Star.Get(part);

    public void Set(StarPart part, string text) => Star = Star.With(part, text);

    public IReadOnlyDictionary<StarPart, int> WordCounts() =>
        Enum.GetValues<StarPart>().ToDictionary(part => part, part => TextStats.CountWords(Star.Get(part)));

    /// <summary>Unticking a principle also drops the questions it offered.</summary>
    public void TogglePrinciple(PickerToggle toggle)
    {
        if (toggle.Checked)
        {
            Principles.Add(toggle.Key);
        }
        else
        {
            Principles.Remove(toggle.Key);
            Questions.RemoveWhere(q => q.StartsWith(toggle.Key + "/", StringComparison.Ordinal));
        }
    }

    public void ToggleQuestion(PickerToggle toggle)
    {
        if (toggle.Checked)
        {
            Questions.Add(toggle.Key);
        }
        else
        {
            Questions.Remove(toggle.Key);
        }
    }

    public void Load(StoryContent content)
    {
        Title = content.Title;
        Star = content.Star;

        Level = content.Level;
        TagsText = string.Join(", ", content.Tags);
        Principles.Clear();
        Principles.UnionWith(content.Principles);
        Questions.Clear();
        Questions.UnionWith(content.Questions);
    }

    /// <summary>A new story written for a principle or a question (from the links on their pages) starts with them ticked.</summary>
    public void Prefill(ContentCatalog catalog, string? principle, string? question)
    {
        if (!string.IsNullOrEmpty(principle) && catalog.FindPrinciple(principle) is not null)
        {
            Principles.Add(principle);
        }

        if (!string.IsNullOrEmpty(question) && catalog.FindQuestion(question) is { } found)
        {
            Questions.Add(found.Key);
            Principles.Add(found.PrincipleSlug);
        }
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
            if (values.TryGetValue(part.ToString().ToLowerInvariant(), out var text) && text != Star.Get(part))
            {
                Star = Star.With(part, text);
                changed = true;
            }
        }

        return changed;
    }

    public StoryContent ToContent() => new(
        Title.Trim(),
        Star,
        Level,
        Principles.Order(StringComparer.Ordinal).ToList(),
        Questions.Order(StringComparer.Ordinal).ToList(),
        StoryValidator.ParseTags(TagsText));
}
