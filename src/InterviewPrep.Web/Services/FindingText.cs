using InterviewPrep.Core.Content;
using InterviewPrep.Core.Critique;

namespace InterviewPrep.Web.Services;

/// <summary>How finding codes read on the page, and where to go to work on each one.</summary>
public static class FindingText
{
    /// <summary>The color band of a score, a class name of the scorecard and the live critique.</summary>
    public static string Band(int score) => score >= 80 ? "good" : score >= 60 ? "fair" : "poor";

    /// <summary>The level inside a sentence: "at senior level", "at mid level".</summary>
    public static string AtLevel(Level level) => $"at {level.Key()} level";

    public static string Label(string code) => code switch
    {
        FindingCodes.MissingSituation => "No situation",
        FindingCodes.MissingTask => "No task",
        FindingCodes.MissingAction => "No action",
        FindingCodes.MissingResult => "No result",
        FindingCodes.NoMetric => "No number",
        FindingCodes.NoBaseline => "No baseline",
        FindingCodes.WeNotI => "\"We\", not \"I\"",
        FindingCodes.VagueLanguage => "Stock phrases",
        FindingCodes.NoSpecifics => "No specifics",
        FindingCodes.NoAlternatives => "No options weighed",
        FindingCodes.NoReflection => "No lesson",
        FindingCodes.NoReversibility => "No undo plan",
        FindingCodes.TooShort => "Too short",
        FindingCodes.TooLong => "Too long",
        ScoreReasons.CrossTeamScope => "Scope stays in one team",
        ScoreReasons.LastingMechanism => "Nothing lasting left behind",
        _ => code,
    };

    /// <summary>A one-line fix, for saved sessions whose full messages were not kept.</summary>
    public static string Advice(string code) => code switch
    {
        FindingCodes.MissingSituation => "Open with two sentences of context: where, when, and what was at stake.",
        FindingCodes.MissingTask => "Say what you owned and what success would have looked like.",
        FindingCodes.MissingAction => "Spend most of the answer on the steps you took yourself.",
        FindingCodes.MissingResult => "Finish with what changed because of you.",
        FindingCodes.NoMetric => "Put a number on the outcome, even a rough one you can defend.",
        FindingCodes.NoBaseline => "Give the before and the after, and say where you read them.",
        FindingCodes.WeNotI => "Tell your own part in the first person; credit the team in one sentence.",
        FindingCodes.VagueLanguage => "Replace each stock phrase with the thing you actually changed.",
        FindingCodes.NoSpecifics => "Name the tool, the query, the component or the data you worked with.",
        FindingCodes.NoAlternatives => "Name one option you turned down and why.",
        FindingCodes.NoReflection => "Close with one lesson and the habit it changed.",
        FindingCodes.NoReversibility => "Say how you could undo the decision and how you limited the damage meanwhile.",
        FindingCodes.TooShort => $"Aim for {AnswerLength.Target} spoken.",
        FindingCodes.TooLong => "Keep it under three minutes: cut the context to two sentences and keep the action.",
        _ => "Work on this in your next answer.",
    };

    /// <summary>The guide that teaches the fix for a code.</summary>
    public static string GuideFor(string code) => code switch
    {
        FindingCodes.NoMetric or FindingCodes.NoBaseline => "quantifying-results",
        FindingCodes.NoReversibility => "reversible-and-irreversible-decisions",
        FindingCodes.WeNotI or FindingCodes.VagueLanguage or FindingCodes.NoSpecifics or FindingCodes.NoAlternatives => "how-interviewers-probe",
        ScoreReasons.CrossTeamScope or ScoreReasons.LastingMechanism => "levels-entry-to-principal",
        _ => "star-method",
    };
}
