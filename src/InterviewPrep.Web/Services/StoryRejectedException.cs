namespace InterviewPrep.Web.Services;

/// <summary>
/// A write the story bank refused: a field over its limit, a principle the catalog does not know, a quota reached.
/// The editor checks first and shows the messages by field; this is the backstop for every other way in.
/// </summary>
public sealed class StoryRejectedException(IReadOnlyDictionary<string, string> errors)
    : Exception(string.Join(" ", errors.Values))
{
    /// <summary>The key for a message about the whole story rather than one field.</summary>
    public const string Story = "Story";

    public IReadOnlyDictionary<string, string> Errors { get; } = errors;
}
