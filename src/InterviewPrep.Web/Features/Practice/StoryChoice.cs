using System.Text.Json;
using InterviewPrep.Web.Data;
using InterviewPrep.Web.Services;

namespace InterviewPrep.Web.Features.Practice;

/// <summary>
/// A saved story as the answer step lists it. The page hands these to the circuit instead of whole stories, which
/// could outgrow a SignalR message; a story's text is read when the candidate picks it.
/// </summary>
public sealed record StoryChoice(int Id, string Title, IReadOnlyList<string> Principles)
{
    public static StoryChoice From(Story story)
    {
        ArgumentNullException.ThrowIfNull(story);
        return new StoryChoice(story.Id, story.Title, story.Principles);
    }

    /// <summary>Whether the circuit can be handed this list; a longer one (a very large story bank) is read again.</summary>
    public static bool FitHandOver(IReadOnlyList<StoryChoice> stories) =>
        JsonSerializer.Serialize(stories).Length <= CircuitLimits.HandOverCharacters;
}
