namespace InterviewPrep.Web.Features.Stories;

/// <summary>How far what the user typed has got: into the story, into a draft, or not yet anywhere.</summary>
public enum SaveState
{
    Saved,
    Unsaved,
    DraftSaved,
    Saving,
    Failed,
}
