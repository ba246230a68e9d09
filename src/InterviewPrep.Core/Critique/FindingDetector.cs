using InterviewPrep.Core.Content;

namespace InterviewPrep.Core.Critique;

/// <summary>Turns the analysed answer into findings, each with a message that says what to do about it.</summary>
internal sealed class FindingDetector(Analysis analysis, Level level, string principleSlug, int wordCount)
{
    private const double MinSpecifics = 2;
    private const double NamedWeight = 1.5;
    private const double VagueThreshold = 2;

    private readonly List<Finding> _findings = [];
    private readonly HashSet<string> _seenSpecifics = new(StringComparer.Ordinal);

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
            $"The answer never says what you did. Spend most of it on your own actions, as \"I ...\" sentences, step by step, at the depth a {LevelName(level)}-level interviewer expects.");
        Add(FindingCodes.MissingResult, !analysis.Present[(int)StarPart.Result],
            "Finish with the result: what changed because of what you did, ideally with a number.");
    }

    private void DetectMetricAndBaseline()
    {
        if (!analysis.Present[(int)StarPart.Result])
        {
            return;
        }

        var outcome = Units.Where(IsOutcomeUnit).ToList();
        var quantities = outcome.SelectMany(u => analysis.Signals[u.Index].QuantityTokens).ToList();
        if (quantities.Count == 0)
        {
            Add(FindingCodes.NoMetric, true,
                $"The result has no number. Give one: time saved, errors before and after, customers kept, money, or a count{LevelNote(", and at {0} level, the size of the impact beyond your own team")}.",
                ResultSpans());
            return;
        }

        // A claim is a relative quantity ("40%", "twice", "half") or any quantity next to a word of change. One
        // claim with its baseline is enough: the candidate has shown they know where the numbers come from.
        var claimUnits = outcome
            .Select(u => (Unit: u, Claims: analysis.Signals[u.Index].QuantityTokens
                .Where(t => analysis.Signals[u.Index].HasChange || analysis.Quantities[t] is QuantityKind.Percent or QuantityKind.Multiplier)
                .ToList()))
            .Where(c => c.Claims.Count > 0)
            .ToList();
        var supported = claimUnits.Any(c => analysis.Signals[c.Unit.Index].HasBaseline || NeighbourHasBaseline(c.Unit));
        var claims = claimUnits.SelectMany(c => c.Claims).ToList();
        if (claims.Count > 0 && !supported && !ContextStatesSameQuantity(claims))
        {
            Add(FindingCodes.NoBaseline, true,
                "A number without a starting point cannot be judged. Say what it was before, what it became, over what period, and how you measured it (the dashboard, query or report).",
                claims.Select(t => Span(t, t + 1)).ToList());
        }
    }

    private bool IsOutcomeUnit(Unit unit)
    {
        var part = analysis.Parts[unit.Index];
        var signals = analysis.Signals[unit.Index];
        return part is StarPart.Result or StarPart.Reflection
            || (part is StarPart.Action && signals.HasChange && signals.QuantityTokens.Count > 0);
    }

    private bool NeighbourHasBaseline(Unit unit) =>
        (unit.Index > 0 && analysis.Parts[unit.Index - 1] != StarPart.Situation && analysis.Signals[unit.Index - 1].HasBaseline && Units[unit.Index - 1].Sentence == unit.Sentence)
        || (unit.Index + 1 < Units.Count && analysis.Signals[unit.Index + 1].HasBaseline && Units[unit.Index + 1].Sentence == unit.Sentence);

    /// <summary>"Pages took nine seconds" in the situation is the baseline for "under two seconds" in the result.</summary>
    private bool ContextStatesSameQuantity(List<int> claims)
    {
        var kinds = claims.Select(t => analysis.Quantities[t]).Where(k => k != QuantityKind.Multiplier).ToHashSet();
        return Units
            .Where(u => analysis.Parts[u.Index] is StarPart.Situation or StarPart.Task)
            .SelectMany(u => analysis.Signals[u.Index].QuantityTokens)
            .Any(t => kinds.Contains(analysis.Quantities[t]));
    }

    private void DetectWeNotI()
    {
        var acting = Units.Where(u => analysis.Parts[u.Index] is not StarPart.Situation).ToList();
        var singular = acting.Sum(u => analysis.Signals[u.Index].SingularActs.Count);
        var plural = acting.SelectMany(u => analysis.Signals[u.Index].PluralActs).ToList();
        var hidden = (singular == 0 && plural.Count >= 1) || (plural.Count >= 2 && singular < 0.4 * (singular + plural.Count));
        Add(FindingCodes.WeNotI, hidden,
            $"Most of the actions are \"we\" or \"the team\". Say which parts you did yourself: \"I wrote...\", \"I proposed...\". Credit the team, but the interviewer is hiring you{LevelNote(level >= Level.Senior ? "; at {0} level that includes how you got others to act" : string.Empty)}.",
            plural.Select(a => Span(a.Start, a.End)).ToList());
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
                    if (SpecificsIn(hit.Token + hit.Count, unit.EndToken) >= 1)
                    {
                        continue;
                    }

                    weight += points;
                    spans.Add(Span(hit.Token, hit.Token + hit.Count));
                }
            }
        }

        Add(FindingCodes.VagueLanguage, weight >= VagueThreshold,
            $"Replace stock phrases with what you actually did: instead of \"{(spans.Count > 0 ? analysis.Text.Slice(spans[0]) : "best practices")}\", name the change, the component and why that choice.",
            spans.OrderBy(s => s.Start).ToList());
    }

    private void DetectNoSpecifics()
    {
        var total = Units.Sum(u => SpecificsIn(u.FirstToken, u.EndToken, distinctAcross: true));
        _seenSpecifics.Clear();
        var actionSpan = Units.Where(u => analysis.Parts[u.Index] == StarPart.Action).Select(u => u.Span).ToList();
        Add(FindingCodes.NoSpecifics, total < MinSpecifics,
            $"Nothing concrete: name the tool, component, query, document or data you worked with and the technique you used, so the interviewer can tell you did it{LevelNote(level >= Level.Senior ? ". At {0} level they also expect the mechanism behind the decision" : string.Empty)}.",
            actionSpan);
    }

    /// <summary>Counts concrete signals: a named tool or acronym outweighs a number or a name, and mechanism nouns count half.</summary>
    private double SpecificsIn(int from, int to, bool distinctAcross = false)
    {
        var seen = distinctAcross ? _seenSpecifics : new HashSet<string>(StringComparer.Ordinal);
        var score = 0.0;
        for (var i = from; i < to; i++)
        {
            var token = Tokens[i];
            var value = SpecificWeight(i, token);
            if (value > 0 && seen.Add(token.Lower))
            {
                score += value;
            }
        }

        return score;
    }

    private double SpecificWeight(int i, Token token)
    {
        if (Lexicon.NamedTools.Contains(token.Lower) || token.Is(TokenShape.Acronym) || token.Is(TokenShape.Technical))
        {
            return token.Lower is "i" or "ok" ? 0 : NamedWeight;
        }

        // A bare figure says something was measured, not what was done.
        if (analysis.Quantities[i] != QuantityKind.None)
        {
            return 0.5;
        }

        if (token.Is(TokenShape.Capitalized) && !token.StartsSentence && !Lexicon.GenericCapitalized.Contains(token.Lower))
        {
            return 1;
        }

        return Lexicon.ConcreteNouns.Contains(token.Lower) ? 0.5 : 0;
    }

    private void DetectNoAlternatives()
    {
        var considered = Lexicon.Alternatives.Any(analysis, 0, Tokens.Count);
        var message = level switch
        {
            Level.Entry => "Mention one other way you could have done it and why you did not; even at entry level it shows judgment.",
            Level.Mid => "Name the option you rejected and the reason (cost, risk, time). A mid-level answer should show a choice, not just a path.",
            _ => $"At {LevelName(level)} level the interviewer expects the options you weighed: name at least one you rejected, the trade-off, and why your choice won.",
        };
        Add(FindingCodes.NoAlternatives, !considered && Tokens.Count > 0, message);
    }

    private void DetectNoReflection()
    {
        var message = level >= Level.Senior
            ? $"End with what you learned and what you now do differently, ideally a change others adopted too; at {LevelName(level)} level the lesson should outlast the project."
            : "End with what you learned and one thing you now do differently because of it.";
        Add(FindingCodes.NoReflection, !analysis.Present[(int)StarPart.Reflection] && Tokens.Count > 0, message);
    }

    private void DetectNoReversibility()
    {
        if (!string.Equals(principleSlug, AnswerCritic.BiasForAction, StringComparison.Ordinal) || Tokens.Count == 0)
        {
            return;
        }

        var reasoned = Lexicon.Reversibility.Any(analysis, 0, Tokens.Count);
        Add(FindingCodes.NoReversibility, !reasoned,
            "Bias for action is judged on calculated risk: say whether the decision could be undone, how (a flag, a rollback, a small first batch) and how you limited the damage if you were wrong.",
            Units.Where(u => analysis.Parts[u.Index] == StarPart.Action).Select(u => u.Span).ToList());
    }

    private void DetectLength()
    {
        Add(FindingCodes.TooShort, wordCount > 0 && wordCount < AnswerCritic.TooShortWords,
            $"At {wordCount} words this is too short to show judgment. Aim for 250 to 450 words (about two minutes), most of it on what you did.");
        Add(FindingCodes.TooLong, wordCount > AnswerCritic.TooLongWords,
            $"At {wordCount} words this runs well past two minutes. Cut the situation to two sentences and keep one decision per step of the action.");
    }

    private List<TextSpan> ResultSpans() =>
        Units.Where(u => analysis.Parts[u.Index] == StarPart.Result).Select(u => u.Span).ToList();

    private TextSpan Span(int fromToken, int endToken) =>
        new(Tokens[fromToken].Start, Tokens[endToken - 1].End - Tokens[fromToken].Start);

    private string LevelNote(string template) =>
        template.Length == 0 ? string.Empty : string.Format(System.Globalization.CultureInfo.InvariantCulture, template, LevelName(level));

    internal static string LevelName(Level level) => level switch
    {
        Level.Entry => "entry",
        Level.Mid => "mid",
        Level.Senior => "senior",
        _ => "principal",
    };

    private void Add(string code, bool condition, string message, IReadOnlyList<TextSpan>? spans = null)
    {
        if (condition)
        {
            _findings.Add(new Finding(code, message, spans ?? []));
        }
    }
}
