using InterviewPrep.Web.Data;
using InterviewPrep.Web.Services;

namespace InterviewPrep.Web.Features.Stories;

/// <summary>
/// What the editor reads from the database for one address: the saved story (none for a new one) and the
/// user's unsaved draft when it differs. The prerender loads it and hands it to the circuit, so it is read once.
/// </summary>
public sealed record EditorSnapshot(int? StoryId, bool Found, int Version, StoryContent Saved, DateTime? SavedAt, EditorDraft? Draft)
{
    // Counted as JSON, where each non-ASCII character is already escaped to six; see CircuitLimits.HandOverCharacters.
    private const int HandOverCharacters = CircuitLimits.HandOverCharacters;

    /// <summary>Whether the circuit can be handed this snapshot; a larger one (a huge pasted draft) is read again.</summary>
    internal bool FitsHandOver => Saved.ToJson().Length + (Draft?.Content.ToJson().Length ?? 0) <= HandOverCharacters;

    internal static async Task<EditorSnapshot> LoadAsync(StoryBank bank, string userId, int? storyId)
    {
        var saved = StoryContent.Empty;
        var version = 0;
        DateTime? savedAt = null;
        if (storyId is int id)
        {
            if (await bank.FindAsync(userId, id) is not { } story)
            {
                return new EditorSnapshot(storyId, Found: false, 0, saved, null, null);
            }

            (saved, version, savedAt) = (story.GetContent(), story.Version, story.UpdatedAt);
        }

        var draft = await bank.FindDraftAsync(userId, storyId);
        var draftContent = draft is null ? null : StoryContent.FromJson(draft.ContentJson);
        var unsaved = draftContent is null || draftContent.SameAs(saved)
            ? null
            : new EditorDraft(draftContent, storyId is null ? 0 : draft!.BaseVersion, draft!.SavedAt);
        return new EditorSnapshot(storyId, Found: true, version, saved, savedAt, unsaved);
    }
}

/// <summary>A draft the autosave kept that was never saved to the story.</summary>
public sealed record EditorDraft(StoryContent Content, int BaseVersion, DateTime SavedAt);
