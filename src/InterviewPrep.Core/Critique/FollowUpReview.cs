using InterviewPrep.Core.Content;

namespace InterviewPrep.Core.Critique;

/// <summary>The first answer and its follow-ups read together: what they resolved and the score they earn together.</summary>
public sealed record RoundReview(AnswerCritique Combined, IReadOnlyList<string> ResolvedCodes, int ScoreWithFollowUps);

/// <summary>
/// Judges which of the first answer's findings the follow-up answers resolved. A finding is resolved when the answer
/// read together with the follow-up answers (each told where it belongs: a baseline next to the result, the
/// candidate's own steps next to the action) no longer has it, or when the follow-up aimed at it, read on its own,
/// shows the signal the finding said was missing (a figure with its baseline, an "I" action, an option turned
/// down...). The second test matters because the engine looks for some signals within one sentence.
/// </summary>
public sealed class FollowUpReview(AnswerCritic critic)
{
    /// <summary>Below this, a follow-up answer ("no", "not sure") is too thin to show anything on its own.</summary>
    public const int MinFollowUpWords = 8;

    /// <param name="first">What the first critique read: its principle, level, probes and checks, and its text or STAR fields.</param>
    /// <param name="critique">The critique of <paramref name="first"/>.</param>
    /// <param name="followUps">Each follow-up's answer, with the finding its question was aimed at (null for a general one).</param>
    public RoundReview Review(AnswerInput first, AnswerCritique critique, IReadOnlyList<(string? FindingCode, string Answer)> followUps)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(critique);
        ArgumentNullException.ThrowIfNull(followUps);
        var given = followUps.Where(f => !string.IsNullOrWhiteSpace(f.Answer)).ToList();
        if (given.Count == 0)
        {
            return new RoundReview(critique, [], critique.Score);
        }

        var combined = critic.Critique(first.Star is { } star
            ? first with { Star = Extend(star, given) }
            : first with { Text = Splice(critique, given) });
        var resolved = new List<string>();
        foreach (var code in critique.Findings.Select(f => f.Code))
        {
            var answered = given.Where(f => f.FindingCode == code && TextStats.CountWords(f.Answer) >= MinFollowUpWords)
                .Any(f => ShowsSignal(code, critic.Critique(first with { Text = f.Answer, Star = null })));
            if (!combined.Has(code) || answered)
            {
                resolved.Add(code);
            }
        }

        var regained = resolved.Sum(code => critique.Deductions.FirstOrDefault(d => d.Reason == code)?.Points ?? 0);
        return new RoundReview(combined, resolved, Math.Max(combined.Score, Math.Min(100, critique.Score + regained)));
    }

    /// <summary>The STAR part a follow-up about <paramref name="code"/> adds to.</summary>
    public static StarPart PartFor(string? code) => code switch
    {
        FindingCodes.MissingSituation => StarPart.Situation,
        FindingCodes.MissingTask => StarPart.Task,
        FindingCodes.MissingResult or FindingCodes.NoMetric or FindingCodes.NoBaseline or ScoreReasons.LastingMechanism => StarPart.Result,
        FindingCodes.NoReflection or null => StarPart.Reflection,
        _ => StarPart.Action,
    };

    /// <summary>Whether an answer read on its own has what the finding said was missing.</summary>
    internal static bool ShowsSignal(string code, AnswerCritique alone) => code switch
    {
        FindingCodes.MissingSituation => alone.StarSpans.ContainsKey(StarPart.Situation),
        FindingCodes.MissingTask => alone.StarSpans.ContainsKey(StarPart.Task),
        FindingCodes.MissingAction => alone.StarSpans.ContainsKey(StarPart.Action),
        FindingCodes.MissingResult => alone.StarSpans.ContainsKey(StarPart.Result),
        FindingCodes.NoMetric => alone.StarSpans.ContainsKey(StarPart.Result) && !alone.Has(FindingCodes.NoMetric),
        FindingCodes.NoBaseline => alone.StarSpans.ContainsKey(StarPart.Result) && !alone.Has(FindingCodes.NoMetric) && !alone.Has(FindingCodes.NoBaseline),
        FindingCodes.WeNotI => alone.StarSpans.ContainsKey(StarPart.Action) && !alone.Has(FindingCodes.WeNotI),
        FindingCodes.VagueLanguage => !alone.Has(FindingCodes.VagueLanguage) && !alone.Has(FindingCodes.NoSpecifics),
        FindingCodes.TooShort or FindingCodes.TooLong => false,
        _ => !alone.Has(code),
    };

    private static StarFields Extend(StarFields star, IEnumerable<(string? FindingCode, string Answer)> followUps)
    {
        foreach (var (code, answer) in followUps)
        {
            var part = PartFor(code);
            var current = star.Get(part);
            star = star.With(part, string.IsNullOrWhiteSpace(current) ? answer.Trim() : $"{current.TrimEnd()} {answer.Trim()}");
        }

        return star;
    }

    private static string Splice(AnswerCritique first, IEnumerable<(string? FindingCode, string Answer)> followUps)
    {
        // Free text has no fields: insert each follow-up answer after the part it adds to (or after the last part
        // before it that the answer has), so the engine reads the story in the order it should have been told.
        var insertions = followUps
            .Select((f, i) => (Position: InsertionPoint(first, PartFor(f.FindingCode)), Order: i, Text: f.Answer.Trim()))
            .OrderByDescending(x => x.Position)
            .ThenByDescending(x => x.Order);
        var text = first.Text;
        foreach (var (position, _, answer) in insertions)
        {
            text = position == 0 ? $"{answer}\n\n{text}" : $"{text[..position]}\n\n{answer}\n\n{text[position..]}";
        }

        return text;
    }

    private static int InsertionPoint(AnswerCritique first, StarPart part)
    {
        for (var p = part; p >= StarPart.Situation; p--)
        {
            if (first.StarSpans.TryGetValue(p, out var span))
            {
                return span.End;
            }
        }

        return 0;
    }
}
