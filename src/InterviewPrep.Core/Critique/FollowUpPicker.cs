using InterviewPrep.Core.Content;

namespace InterviewPrep.Core.Critique;

/// <summary>
/// Chooses two or three follow-ups for the weakest points of the answer. A probe from the principle's catalog wins
/// when its wording matches the weakness, because it is what a real interviewer for that principle asks.
/// </summary>
internal static class FollowUpPicker
{
    public const int Min = 2;
    public const int Max = 3;

    private static readonly Dictionary<string, string[]> ProbeWords = new(StringComparer.Ordinal)
    {
        [FindingCodes.MissingSituation] = ["context", "situation", "stake", "background", "who was affected", "first symptom"],
        [FindingCodes.MissingTask] = ["responsib", "goal", "success", "own", "expected of you", "your role"],
        [FindingCodes.MissingAction] = ["you personally", "what did you do", "step", "yourself", "first thing", "exactly"],
        [FindingCodes.MissingResult] = ["result", "outcome", "happened", "impact", "turn out", "after"],
        [FindingCodes.NoMetric] = ["number", "figure", "metric", "measure", "how much", "quantif", "impact", "data"],
        [FindingCodes.NoBaseline] = ["baseline", "before", "after", "measure", "figures", "data source", "compared", "where did they come from"],
        [FindingCodes.WeNotI] = ["you personally", "your own", "yourself", "your part", "your role", "you, not", "personally"],
        [FindingCodes.VagueLanguage] = ["exactly", "specific", "what did the", "show you", "concrete", "which"],
        [FindingCodes.NoSpecifics] = ["exactly", "query", "trace", "log", "tool", "specific", "detail", "raw evidence"],
        [FindingCodes.NoAlternatives] = ["alternative", "option", "consider", "rule out", "ruled out", "instead", "trade-off", "trade off", "other way", "why that", "hypothes"],
        [FindingCodes.NoReflection] = ["differently", "learn", "now check", "since", "habit", "again", "looking back", "changed"],
        [FindingCodes.NoReversibility] = ["undo", "undone", "reversib", "roll back", "rollback", "worst", "limit", "wrong", "blast radius", "stop"],
        [FindingCodes.TooShort] = ["walk me through", "detail", "step", "first thing"],
        [FindingCodes.TooLong] = ["most important", "one thing", "decid", "key"],
        [ScoreReasons.CrossTeamScope] = ["other teams", "beyond", "organisation", "organization", "across", "who else", "influence"],
        [ScoreReasons.LastingMechanism] = ["still", "process", "mechanism", "since", "after you left", "tooling", "habits"],
    };

    private static readonly Dictionary<string, string> OwnQuestions = new(StringComparer.Ordinal)
    {
        [FindingCodes.MissingSituation] = "Before we get to what you did: what was going on, and what was at stake if nothing changed?",
        [FindingCodes.MissingTask] = "What exactly were you responsible for here, and what would success have looked like?",
        [FindingCodes.MissingAction] = "Walk me through what you personally did, step by step.",
        [FindingCodes.MissingResult] = "How did it turn out? What was different afterwards because of what you did?",
        [FindingCodes.NoMetric] = "How did you know it worked? Which number moved, and by how much?",
        [FindingCodes.NoBaseline] = "What was the figure before your change, what was it after, and where did you read both?",
        [FindingCodes.WeNotI] = "You said \"we\" a lot. Which part of that was yours alone?",
        [FindingCodes.VagueLanguage] = "When you say \"{0}\", what exactly did you change?",
        [FindingCodes.NoSpecifics] = "Take the hardest step. What exactly did you do, and with which tool, document or data?",
        [FindingCodes.NoAlternatives] = "What other options did you consider, and why did you reject them?",
        [FindingCodes.NoReflection] = "What would you do differently next time, and what do you already do differently because of this?",
        [FindingCodes.NoReversibility] = "If it had turned out to be wrong, how would you have undone it, and how did you limit the damage meanwhile?",
        [FindingCodes.TooShort] = "Can you take me through that again in more detail, starting with the first thing you did?",
        [FindingCodes.TooLong] = "If you had thirty seconds, which one decision in that story mattered most, and why?",
        [ScoreReasons.CrossTeamScope] = "Who outside your own team had to change for this to work, and how did you bring them along?",
        [ScoreReasons.LastingMechanism] = "What did you leave behind so this keeps working without you?",
    };

    private static readonly string[] Generic =
    [
        "What was the hardest decision in that story, and what made it hard?",
        "What would you do differently if it happened again?",
        "Who disagreed with you, and how did you handle it?",
    ];

    public static List<FollowUp> Pick(string text, IReadOnlyList<Finding> findings, IReadOnlyList<ScoreDeduction> deductions, IReadOnlyList<Probe> probes, Level level)
    {
        var used = new HashSet<Probe>();
        var picked = new List<FollowUp>();
        var reasons = findings.Select(f => (f.Code, Finding: (Finding?)f))
            .Concat(deductions.Where(d => OwnQuestions.ContainsKey(d.Reason) && !findings.Any(f => f.Code == d.Reason)).Select(d => (Code: d.Reason, Finding: (Finding?)null)));

        foreach (var (code, finding) in reasons)
        {
            if (picked.Count == Max)
            {
                break;
            }

            // Length is a delivery problem; the follow-up is better spent on content.
            if (code is FindingCodes.TooShort or FindingCodes.TooLong && findings.Count > Min)
            {
                continue;
            }

            var probe = BestProbe(code, probes, used);
            if (probe is not null)
            {
                used.Add(probe);
                picked.Add(new FollowUp(probe.Text, code, FromCatalog: true));
            }
            else
            {
                picked.Add(new FollowUp(OwnQuestion(text, code, finding), code, FromCatalog: false));
            }
        }

        foreach (var probe in probes.Where(p => !used.Contains(p)))
        {
            if (picked.Count >= Min)
            {
                break;
            }

            used.Add(probe);
            picked.Add(new FollowUp(probe.Text, null, FromCatalog: true));
        }

        foreach (var question in Generic.Skip(level >= Level.Senior ? 0 : 1))
        {
            if (picked.Count >= Min)
            {
                break;
            }

            picked.Add(new FollowUp(question, null, FromCatalog: false));
        }

        return picked;
    }

    private static Probe? BestProbe(string code, IReadOnlyList<Probe> probes, HashSet<Probe> used)
    {
        if (!ProbeWords.TryGetValue(code, out var words))
        {
            return null;
        }

        Probe? best = null;
        var bestScore = 0;
        foreach (var probe in probes.Where(p => !used.Contains(p)))
        {
            var question = probe.Text.ToLowerInvariant();
            var checks = probe.Checks.ToLowerInvariant();
            // The question's own wording counts double: it is what the candidate will hear.
            var score = words.Sum(w => (question.Contains(w, StringComparison.Ordinal) ? 2 : 0) + (checks.Contains(w, StringComparison.Ordinal) ? 1 : 0));
            if (score > bestScore)
            {
                best = probe;
                bestScore = score;
            }
        }

        return bestScore >= 2 ? best : null;
    }

    private static string OwnQuestion(string text, string code, Finding? finding)
    {
        var question = OwnQuestions[code];
        if (code != FindingCodes.VagueLanguage)
        {
            return question;
        }

        var phrase = finding?.Spans.Count > 0 ? text.Substring(finding.Spans[0].Start, finding.Spans[0].Length) : "best practices";
        return question.Replace("{0}", phrase, StringComparison.Ordinal);
    }
}
