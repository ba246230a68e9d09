namespace InterviewPrep.Web.Features.Stories;

/// <summary>A box ticked or unticked in one of the editor's pickers: a principle's slug or a question's key.</summary>
public sealed record PickerToggle(string Key, bool Checked);
