using InterviewPrep.Core.Content;
using InterviewPrep.Core.Critique;

namespace InterviewPrep.Web.Data;

/// <summary>A STAR story in a user's private bank.</summary>
public sealed class Story
{
    public int Id { get; set; }

    /// <summary>Stable identity across export and import, so re-importing a file does not duplicate stories.</summary>
    public Guid Uid { get; set; } = Guid.NewGuid();

    public required string UserId { get; set; }

    public string Title { get; set; } = string.Empty;

    /// <summary>The five STAR fields, stored as columns of the story's own row.</summary>
    public StarFields Star { get; set; } = StarFields.Empty;

    public Level Level { get; set; } = Level.Senior;

    /// <summary>Slugs of the principles the story demonstrates.</summary>
    public List<string> Principles { get; set; } = [];

    /// <summary>Keys (<c>principle/question-id</c>) of the question variations the story answers.</summary>
    public List<string> Questions { get; set; } = [];

    public List<string> Tags { get; set; } = [];

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    /// <summary>Raised on every save; SQLite has no row version, so the app manages this concurrency token.</summary>
    public int Version { get; set; }

    public List<StoryRevision> Revisions { get; set; } = [];

    public StoryContent GetContent() =>
        new(Title, Star, Level, Principles.ToList(), Questions.ToList(), Tags.ToList());

    public void Apply(StoryContent content)
    {
        Title = content.Title;
        Star = content.Star;
        Level = content.Level;
        Principles = content.Principles.ToList();
        Questions = content.Questions.ToList();
        Tags = content.Tags.ToList();
    }
}

/// <summary>An earlier version of a story, kept on every save so any version can be restored.</summary>
public sealed class StoryRevision
{
    public int Id { get; set; }

    public int StoryId { get; set; }

    public Story? Story { get; set; }

    /// <summary>When this version was current (the story's update time before the save replaced it).</summary>
    public DateTime SavedAt { get; set; }

    /// <summary>Why it was kept: a normal save, a restore, or the losing side of an edit conflict.</summary>
    public string Reason { get; set; } = RevisionReasons.Save;

    public required string ContentJson { get; set; }
}

public static class RevisionReasons
{
    public const string Save = "save";
    public const string Restore = "restore";
    public const string Conflict = "conflict";
}

/// <summary>
/// What the editor autosaves while the user types. One per user and story (StoryId null for a story not saved
/// yet), so nothing typed is lost if the tab closes or the connection drops before Save.
/// </summary>
public sealed class StoryDraft
{
    public int Id { get; set; }

    public required string UserId { get; set; }

    public int? StoryId { get; set; }

    public int BaseVersion { get; set; }

    public DateTime SavedAt { get; set; }

    public required string ContentJson { get; set; }
}
