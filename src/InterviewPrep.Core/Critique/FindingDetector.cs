using System.Globalization;
using InterviewPrep.Core.Content;

namespace InterviewPrep.Core.Critique;

/// <summary>
/// Turns the analysed answer into findings, each with a message that says what to do about it. The harder readings
/// live in their own classes: <see cref="OutcomeQuantities"/>, <see cref="OptionWeighing"/> and <see cref="Specificity"/>.
/// </summary>
internal sealed class FindingDetector(Analysis analysis, Level level, IReadOnlyList<CritiqueCheck> checks, int wordCount)
{
    private const double MinSpecifics = 2;
    private const double VagueThreshold = 2;

    private readonly List<Finding> _findings = [];
    private readonly Specificity _specificity = new(analysis);

    private IReadOnlyList<Token> Tokens => analysis.Tokens;

    private IReadOnlyList<Unit> Units => analysis.Text.Units;

    public List<Finding> Detect()
    {
        DetectMissingParts();
        DetectMetricAndBaseline();
        DetectWeNotI();
        DetectVagueLanguage();
        DetectNoSpecifics();
        DetectNoAlternatives();
        DetectNoReflection();
        DetectNoReversibility();
        DetectLength();
        return _findings;
    }

    private void DetectMissingParts()
    {
        if (Tokens.Count == 0)
        {
            return;
        }

        Add(FindingCodes.MissingSituation, !analysis.Present[(int)StarPart.Situation],
            "Open with the situation: where you were, what was going wrong and who it hurt, in two or three sentences.");
        Add(FindingCodes.MissingTask, !analysis.Present[(int)StarPart.Task],
            "Say what you were responsible for or set out to achieve, so the interviewer can judge the result against it.");
        Add(FindingCodes.MissingAction, !analysis.Present[(int)StarPart.Action],
            $"The answer never says what you did. Spend most of it on your own actions, as \"I ...\" sentences, step by step, at the depth a {level.Key()}-level interviewer expects.");
        Add(FindingCodes.MissingResult, !analysis.Present[(int)StarPart.Result],
            "Finish with the result: what changed because of what you did, ideally with a number.");
    }

    private void DetectMetricAndBaseline()
    {
        var outcome = new OutcomeQuantities(analysis).Read();
        if (!outcome.HasOutcome)
        {
            // With no result at all the missing number is part of the same gap, but it is still worth saying.
            Add(FindingCodes.NoMetric, Tokens.Count > 0,
                $"The result has no number. Give one: time saved, errors before and after, customers kept, money, or a count{LevelNote(", and at {0} level, the size of the impact beyond your own team")}.",
                ResultSpans());
            return;
        }

        Add(FindingCodes.NoBaseline, outcome.UnsupportedClaims.Count > 0,
            "A number without a starting point cannot be judged. Say what it was before, what it became, over what period, and how you measured it (the dashboard, query or report).",
            outcome.UnsupportedClaims.Select(t => analysis.Span(t, t + 1)).ToList());
    }

    private void DetectWeNotI()
    {
        var acting = Units.Where(u => analysis.Parts[u.Index] is not StarPart.Situation).ToList();
        var singular = acting.Sum(u => analysis.Signals[u.Index].SingularActs.Count);
        var plural = acting.SelectMany(u => analysis.Signals[u.Index].PluralActs).ToList();
        var hidden = (singular == 0 && plural.Count >= 1) || (plural.Count >= 2 && singular < 0.4 * (singular + plural.Count));
        Add(FindingCodes.WeNotI, hidden,
            $"Most of the actions are \"we\" or \"the team\". Say which parts you did yourself: \"I wrote...\", \"I proposed...\". Credit the team, but the interviewer is hiring you{LevelNote(level >= Level.Senior ? "; at {0} level that includes how you got others to act" : string.Empty)}.",
            plural.Select(a => analysis.Span(a.Start, a.End)).ToList());
    }

    private void DetectVagueLanguage()
    {
        var spans = new List<TextSpan>();
        var weight = 0.0;
        foreach (var unit in Units)
        {
            foreach (var (matcher, points) in new[] { (Lexicon.Vague, 2.0), (Lexicon.SoftVague, 1.0) })
            {
                foreach (var hit in matcher.FindAll(analysis, unit.FirstToken, unit.EndToken))
                {
                    // "optimised the query by adding a covering index" explains itself; "optimised the system" does not.
                    if (_specificity.In(hit.Token + hit.Count, unit.EndToken) >= 1)
                    {
                        continue;
                    }

                    weight += points;
                    spans.Add(analysis.Span(hit.Token, hit.Token + hit.Count));
                }
            }
        }

        Add(FindingCodes.VagueLanguage, weight >= VagueThreshold,
            $"Replace stock phrases with what you actually did: instead of \"{(spans.Count > 0 ? analysis.Text.Slice(spans[0]) : "best practices")}\", name the change, the component and why that choice.",
            spans.OrderBy(s => s.Start).ToList());
    }

    private void DetectNoSpecifics()
    {
        var actionSpan = Units.Where(u => analysis.Parts[u.Index] == StarPart.Action).Select(u => u.Span).ToList();
        Add(FindingCodes.NoSpecifics, _specificity.Total() < MinSpecifics,
            $"Nothing concrete: name the tool, component, query, document or data you worked with and the technique you used, so the interviewer can tell you did it{LevelNote(level >= Level.Senior ? ". At {0} level they also expect the mechanism behind the decision" : string.Empty)}.",
            actionSpan);
    }

    private void DetectNoAlternatives()
    {
        var message = level switch
        {
            Level.Entry => "Mention one other way you could have done it and why you did not; even at entry level it shows judgment.",
            Level.Mid => "Name the option you rejected and the reason (cost, risk, time). A mid-level answer should show a choice, not just a path.",
            _ => $"At {level.Key()} level the interviewer expects the options you weighed: name at least one you rejected, the trade-off, and why your choice won.",
        };
        Add(FindingCodes.NoAlternatives, !new OptionWeighing(analysis).WeighsAnOption() && Tokens.Count > 0, message);
    }

    private void DetectNoReflection()
    {
        var message = level >= Level.Senior
            ? $"End with what you learned and what you now do differently, ideally a change others adopted too; at {level.Key()} level the lesson should outlast the project."
            : "End with what you learned and one thing you now do differently because of it.";
        Add(FindingCodes.NoReflection, !analysis.Present[(int)StarPart.Reflection] && Tokens.Count > 0, message);
    }

    private void DetectNoReversibility()
    {
        if (!checks.Contains(CritiqueCheck.Reversibility) || Tokens.Count == 0)
        {
            return;
        }

        var reasoned = Lexicon.Reversibility.Any(analysis, 0, Tokens.Count);
        Add(FindingCodes.NoReversibility, !reasoned,
            "This principle is judged on calculated risk: say whether the decision could be undone, how (a flag, a rollback, a small first batch) and how you limited the damage if you were wrong.",
            Units.Where(u => analysis.Parts[u.Index] == StarPart.Action).Select(u => u.Span).ToList());
    }

    private void DetectLength()
    {
        Add(FindingCodes.TooShort, AnswerLength.IsTooShort(wordCount),
            $"At {wordCount} words, about {AnswerLength.Format(wordCount)} spoken, this is too short to show judgment. Aim for {AnswerLength.Target}, most of it on what you did.");
        Add(FindingCodes.TooLong, AnswerLength.IsTooLong(wordCount),
            $"At {wordCount} words, about {AnswerLength.Format(wordCount)} spoken, this runs past three minutes. Cut the situation to two sentences and keep one decision per step of the action.");
    }

    private List<TextSpan> ResultSpans() =>
        Units.Where(u => analysis.Parts[u.Index] == StarPart.Result).Select(u => u.Span).ToList();

    private string LevelNote(string template) =>
        template.Length == 0 ? string.Empty : string.Format(CultureInfo.InvariantCulture, template, level.Key());

    private void Add(string code, bool condition, string message, IReadOnlyList<TextSpan>? spans = null)
    {
        if (condition)
        {
            _findings.Add(new Finding(code, message, spans ?? []));
        }
    }
}
