using InterviewPrep.Core.Content;

namespace InterviewPrep.Web.Features.Practice;

/// <summary>What the candidate chose before the interview starts; kept so "Practice again" starts from the same choices.</summary>
public sealed record InterviewSetup(IReadOnlySet<string> Principles, bool FullLoop, Level Level, int Minutes, bool ReadAloud)
{
    public static IReadOnlyList<int> MinuteChoices { get; } = [1, 2, 3, 4, 5];

    /// <summary>The form's starting point: a senior level, two minutes, and the principle a link asked for, if the catalog has it.</summary>
    public static InterviewSetup For(ContentCatalog catalog, string? principleSlug)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var chosen = new HashSet<string>(StringComparer.Ordinal);
        if (!string.IsNullOrEmpty(principleSlug) && catalog.FindPrinciple(principleSlug) is not null)
        {
            chosen.Add(principleSlug);
        }

        return new InterviewSetup(chosen, FullLoop: false, Level.Senior, Minutes: 2, ReadAloud: false);
    }

    public int AnswerSeconds => Minutes * 60;

    /// <summary>Follow-ups get half the time of a first answer, and never less than half a minute.</summary>
    public int FollowUpSeconds => Math.Max(30, Minutes * 30);
}
