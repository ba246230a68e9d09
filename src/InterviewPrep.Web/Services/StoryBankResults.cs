using InterviewPrep.Web.Data;

namespace InterviewPrep.Web.Services;

public sealed record StoryFilter(string? Words = null, string? Principle = null, string? Tag = null);

public enum SaveStatus
{
    Saved,
    Conflict,
    NotFound,
}

/// <summary>The result of a save: on <see cref="SaveStatus.Conflict"/>, <see cref="Story"/> is the version saved elsewhere.</summary>
public sealed record SaveOutcome(SaveStatus Status, Story? Story)
{
    public static SaveOutcome NotFound { get; } = new(SaveStatus.NotFound, null);
}

public sealed record ImportResult(int Added, int Updated, int Unchanged);
