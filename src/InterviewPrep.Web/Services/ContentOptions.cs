using System.ComponentModel.DataAnnotations;

namespace InterviewPrep.Web.Services;

/// <summary>Where the Markdown content lives, bound from the <c>Content</c> configuration section.</summary>
public sealed class ContentOptions
{
    public const string SectionName = "Content";

    /// <summary>The content folder; a relative path is resolved against the app's content root.</summary>
    [Required]
    public string Path { get; set; } = "content";

    /// <summary>Reload the catalog when a file changes (meant for Development).</summary>
    public bool WatchForChanges { get; set; }
}
