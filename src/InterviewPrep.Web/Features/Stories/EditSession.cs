using InterviewPrep.Core.Content;
using InterviewPrep.Web.Data;
using InterviewPrep.Web.Services;

namespace InterviewPrep.Web.Features.Stories;

/// <summary>
/// One story open in the editor: the text being typed, where it stands against the story bank (which story, the
/// version the edits build on, what was last saved, the other version after a conflict) and what to tell the user
/// about it. Every write of the story goes through here; drafts go through <see cref="DraftAutosave"/>.
/// </summary>
internal sealed class EditSession(StoryBank bank, string userId)
{
    public EditorModel Model { get; } = new();

    /// <summary>
    /// What the text fields were last drawn with. Typing updates <see cref="Model"/> only, so a re-render never
    /// writes a lagging server value over what the user has typed since; replacing the text bumps
    /// <see cref="Generation"/>, which gives the fields new keys.
    /// </summary>
    public StoryContent Shown { get; private set; } = StoryContent.Empty;

    public string ShownTags { get; private set; } = string.Empty;

    public int Generation { get; private set; }

    /// <summary>Null for a story that has not been created yet.</summary>
    public int? StoryId { get; private set; }

    public int Version { get; private set; }

    public StoryContent Saved { get; private set; } = StoryContent.Empty;

    /// <summary>The version saved elsewhere since this editor opened, until the user picks one.</summary>
    public Story? Conflict { get; private set; }

    public SaveState State { get; private set; } = SaveState.Saved;

    /// <summary>When the story or its draft last reached the server.</summary>
    public DateTime? SavedAt { get; private set; }

    public string? Notice { get; private set; }

    /// <summary>Whether the notice offers to throw away restored text.</summary>
    public bool CanDiscard { get; private set; }

    /// <summary>A write found no such story of this user's: it was deleted meanwhile.</summary>
    public bool IsGone { get; private set; }

    /// <summary>Starts from what was read; a new story written for a principle or question starts with it ticked.</summary>
    public void Open(EditorSnapshot snapshot, ContentCatalog catalog, string? principle, string? question)
    {
        StoryId = snapshot.StoryId;
        Saved = snapshot.Saved;
        Version = snapshot.Version;
        SavedAt = snapshot.SavedAt ?? SavedAt;
        Conflict = null;
        IsGone = false;
        State = SaveState.Saved;
        Model.Load(Saved);
        if (StoryId is null)
        {
            Model.Prefill(catalog, principle, question);
            State = Model.IsEmpty ? SaveState.Saved : SaveState.Unsaved;
        }

        if (snapshot.Draft is { } draft)
        {
            Model.Load(draft.Content);
            Version = draft.BaseVersion;
            SavedAt = draft.SavedAt;
            State = SaveState.DraftSaved;
            Notice = $"Restored your unsaved changes from {draft.SavedAt:d MMM, HH:mm} UTC. Save to keep them.";
            CanDiscard = true;
        }

        Show();
    }

    public bool HasChanges => !Model.ToContent().SameAs(Saved);

    /// <summary>
    /// What the autosave should keep: nothing while a conflict waits, once the story is known to be deleted (the
    /// browser backup keeps the text), or when the text is already saved.
    /// </summary>
    public DraftRequest? Draft() =>
        Conflict is null && !IsGone && HasChanges ? new DraftRequest(StoryId, Model.ToContent(), Version) : null;

    public void Changed() => State = SaveState.Unsaved;

    public void DraftProgress(DraftStatus status, DateTime? savedAt)
    {
        switch (status)
        {
            case DraftStatus.Saving:
                State = SaveState.Saving;
                break;
            case DraftStatus.Saved:
                State = SaveState.DraftSaved;
                SavedAt = savedAt;
                break;
            case DraftStatus.Failed:
                State = SaveState.Failed;
                break;
            case DraftStatus.Rejected:
                State = SaveState.Unsaved;
                break;
            case DraftStatus.NotFound:
                IsGone = true;
                break;
        }
    }

    /// <summary>Takes the text the browser kept that never reached the server; false when it adds nothing.</summary>
    public bool RestoreFromBrowser(BackupCopy copy)
    {
        if (copy.Values is not { } values || !Model.ApplyBackup(values))
        {
            return false;
        }

        Notice = $"Restored text typed in this browser at {copy.At:HH:mm:ss} UTC that had not reached the server. Save to keep it.";
        CanDiscard = true;
        State = SaveState.Unsaved;
        Show();
        return true;
    }

    /// <summary>Creates the story and returns its id; the editor then moves to the story's own address.</summary>
    public async Task<int> CreateAsync()
    {
        var content = Model.ToContent();
        var story = await bank.CreateAsync(userId, content);
        Saved = content;
        return story.Id;
    }

    /// <summary>Saves over the version the edits build on; on a conflict nothing is written and both versions stay.</summary>
    public Task<SaveStatus> SaveAsync() => SaveAsync(Version, RevisionReasons.Save);

    /// <summary>Saves this editor's version over the one saved elsewhere, which goes to the history.</summary>
    public Task<SaveStatus> KeepMineAsync() => SaveAsync(Conflict?.Version ?? Version, RevisionReasons.Conflict);

    /// <summary>Makes the version saved elsewhere current and keeps this editor's text in the history.</summary>
    public async Task<SaveStatus> UseTheirsAsync()
    {
        var theirs = Conflict ?? throw new InvalidOperationException("There is no conflict to resolve.");
        if (!await bank.KeepAsRevisionAsync(userId, theirs.Id, Model.ToContent()))
        {
            IsGone = true;
            return SaveStatus.NotFound;
        }

        await bank.DiscardDraftAsync(userId, theirs.Id);
        Saved = theirs.GetContent();
        Version = theirs.Version;
        SavedAt = theirs.UpdatedAt;
        Conflict = null;
        State = SaveState.Saved;
        Notice = "Your version was kept in the story's history, and the other version is now current.";
        CanDiscard = false;
        Model.Load(Saved);
        Show();
        return SaveStatus.Saved;
    }

    /// <summary>Throws away the draft and the restored text, back to the saved story.</summary>
    public async Task DiscardDraftAsync()
    {
        await bank.DiscardDraftAsync(userId, StoryId);
        Notice = null;
        CanDiscard = false;
        State = SaveState.Saved;
        Model.Load(Saved);
        Show();
    }

    private void Show()
    {
        Shown = Model.ToContent() with { Title = Model.Title };
        ShownTags = Model.TagsText;
        Generation++;
    }

    private async Task<SaveStatus> SaveAsync(int expectedVersion, string reason)
    {
        var id = StoryId ?? throw new InvalidOperationException("A new story is created, not saved.");
        var content = Model.ToContent();
        var outcome = await bank.SaveAsync(userId, id, content, expectedVersion, reason);
        if (outcome.Status == SaveStatus.Saved)
        {
            Saved = content;
            Version = outcome.Story!.Version;
            SavedAt = outcome.Story.UpdatedAt;
            State = SaveState.Saved;
            Conflict = null;
            Notice = null;
            CanDiscard = false;
        }
        else if (outcome.Status == SaveStatus.Conflict)
        {
            Conflict = outcome.Story;
        }
        else
        {
            IsGone = true;
        }

        return outcome.Status;
    }
}
