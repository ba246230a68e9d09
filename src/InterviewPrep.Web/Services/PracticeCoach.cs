using InterviewPrep.Core.Content;
using InterviewPrep.Core.Critique;
using InterviewPrep.Web.Services;

namespace InterviewPrep.Web.Services;

/// <summary>
/// The critique engine fed from the content catalog (the principle's probes and checks), and the judgement of what the
/// follow-up answers fixed. Stateless; used by the practice page, the story editor and the JSON API.
/// </summary>
public sealed class PracticeCoach(AnswerCritic critic, ContentStore content)
{
    /// <summary>Below this, a follow-up answer ("no", "not sure") is too thin to show anything.</summary>
    public const int MinFollowUpWords = 8;

    public AnswerCritique Critique(string principleSlug, Level level, string text) =>
        critic.Critique(content.Current.FindPrinciple(principleSlug) is { } principle
            ? AnswerInput.FromText(text, principle, level)
            : AnswerInput.FromText(text, principleSlug, level));

    public AnswerCritique Critique(string principleSlug, Level level, StarFields star) =>
        critic.Critique(content.Current.FindPrinciple(principleSlug) is { } principle
            ? AnswerInput.FromStar(star, principle, level)
            : AnswerInput.FromStar(star, principleSlug, level));

    /// <summary>
    /// Judges which of the first answer's findings the follow-up answers resolved. A finding is resolved when the answer
    /// read together with the follow-up answers (each told where it belongs: a baseline next to the result, the
    /// candidate's own steps next to the action) no longer has it, or when the follow-up aimed at it, read on its
    /// own, shows the signal the finding said was missing (a figure with its baseline, an "I" action, an option
    /// turned down...). The second test matters because the engine looks for some signals within one sentence.
    /// </summary>
    public RoundReview Review(
        AnswerCritique first, StarFields? star, string principleSlug, Level level, IReadOnlyList<(string? FindingCode, string Answer)> followUps)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(followUps);
        var given = followUps.Where(f => !string.IsNullOrWhiteSpace(f.Answer)).ToList();
        if (given.Count == 0)
        {
            return new RoundReview(first, [], first.Score);
        }

        var combined = star is not null
            ? Critique(principleSlug, level, Extend(star, given))
            : Critique(principleSlug, level, Splice(first, given));
        var resolved = new List<string>();
        foreach (var code in first.Findings.Select(f => f.Code))
        {
            var answered = given.Where(f => f.FindingCode == code && TextStats.CountWords(f.Answer) >= MinFollowUpWords)
                .Any(f => ShowsSignal(code, Critique(principleSlug, level, f.Answer)));
            if (!combined.Has(code) || answered)
            {
                resolved.Add(code);
            }
        }

        var score = Math.Max(combined.Score, Math.Min(100, first.Score + resolved.Sum(code => first.Deductions.FirstOrDefault(d => d.Reason == code)?.Points ?? 0)));
        return new RoundReview(combined, resolved, score);
    }

    /// <summary>Whether an answer read on its own has what the finding said was missing.</summary>
    private static bool ShowsSignal(string code, AnswerCritique alone) => code switch
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

    /// <summary>The STAR part a follow-up about <paramref name="code"/> adds to.</summary>
    public static StarPart PartFor(string? code) => code switch
    {
        FindingCodes.MissingSituation => StarPart.Situation,
        FindingCodes.MissingTask => StarPart.Task,
        FindingCodes.MissingResult or FindingCodes.NoMetric or FindingCodes.NoBaseline or ScoreReasons.LastingMechanism => StarPart.Result,
        FindingCodes.NoReflection or null => StarPart.Reflection,
        _ => StarPart.Action,
    };

    private static StarFields Extend(StarFields star, IEnumerable<(string? FindingCode, string Answer)> followUps)
    {
        var parts = Enum.GetValues<StarPart>().ToDictionary(p => p, star.Get);
        foreach (var (code, answer) in followUps)
        {
            var part = PartFor(code);
            parts[part] = string.IsNullOrWhiteSpace(parts[part]) ? answer.Trim() : $"{parts[part].TrimEnd()} {answer.Trim()}";
        }

        return new StarFields(parts[StarPart.Situation], parts[StarPart.Task], parts[StarPart.Action], parts[StarPart.Result], parts[StarPart.Reflection]);
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

/// <summary>The first answer and its follow-ups read together: what they resolved and the score they earn together.</summary>
public sealed record RoundReview(AnswerCritique Combined, IReadOnlyList<string> ResolvedCodes, int ScoreWithFollowUps);
