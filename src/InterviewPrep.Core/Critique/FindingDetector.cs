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
    private readonly Dictionary<int, HashSet<string>> _measureWords = [];

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
        var outcome = Units
            .Select(u => (Unit: u, Quantities: analysis.Signals[u.Index].QuantityTokens.Where(t => IsOutcomeQuantity(u, t)).ToList()))
            .Where(o => o.Quantities.Count > 0)
            .ToList();
        if (outcome.Count == 0)
        {
            // With no result at all the missing number is part of the same gap, but it is still worth saying.
            Add(FindingCodes.NoMetric, Tokens.Count > 0,
                $"The result has no number. Give one: time saved, errors before and after, customers kept, money, or a count{LevelNote(", and at {0} level, the size of the impact beyond your own team")}.",
                ResultSpans());
            return;
        }

        // A claim is a relative quantity ("40%", "twice", "half") or any outcome quantity next to a word of change. One
        // claim with its baseline is enough: the candidate has shown they know where the numbers come from.
        var claimUnits = outcome
            .Select(o => (o.Unit, Claims: o.Quantities
                .Where(t => analysis.Signals[o.Unit.Index].HasChange || analysis.Quantities[t] is QuantityKind.Percent or QuantityKind.Multiplier)
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

    /// <summary>
    /// A number that measures what changed, not one that describes the work: "tickets fell from 30 to 4" and "up 35%"
    /// are outcomes; "two weeks", "a team of eight", "three steps" and "version 5.12" are not.
    /// </summary>
    private bool IsOutcomeQuantity(Unit unit, int t)
    {
        var part = analysis.Parts[unit.Index];
        var signals = analysis.Signals[unit.Index];
        var reported = part is StarPart.Result or StarPart.Reflection;
        if (!reported && !(part is StarPart.Action && signals.HasChange))
        {
            return false;
        }

        var (from, to) = (unit.FirstToken, unit.EndToken);
        switch (analysis.Quantities[t])
        {
            case QuantityKind.Percent or QuantityKind.Multiplier or QuantityKind.Money:
                return true;
            case QuantityKind.Duration:
                return ComparedNear(t, from, to) || (!IsPeriod(t, from, to) && (ChangeNear(t, from, to, 3) || OutcomeNounNear(t, from, to)));
            default:
                return ComparedNear(t, from, to)
                    || MeasureMoves(t, from)
                    || SameMeasureEarlier(unit, t)
                    || (reported && OutcomeNounNear(t, from, to) && (ChangeNear(t, from, to, 4) || Rate(t, to)))
                    || (reported && signals.HasBaseline && OutcomeNounNear(t, from, to, 12));
        }
    }

    /// <summary>The word before a number, skipping hedges: "from about twenty" gives "from".</summary>
    private int WordBefore(int t, int from)
    {
        var j = t - 1;
        while (j > from && Lexicon.Hedges.Contains(Tokens[j].Lower))
        {
            j--;
        }

        return j;
    }

    /// <summary>
    /// "complaints dropped to two", "the audit found eleven", "got it down to 9": the number is where a measure ended
    /// up. A number the candidate chose ("cut it down to three steps") is not, unless the figure it came down from was
    /// just given.
    /// </summary>
    private bool MeasureMoves(int t, int from)
    {
        var j = WordBefore(t, from);
        if (j < from)
        {
            return false;
        }

        if (Lexicon.MeasureVerbs.Contains(Tokens[j].Lower))
        {
            return true;
        }

        if (Tokens[j].Lower is not ("to" or "from" or "by") || j - 1 < from)
        {
            return false;
        }

        var verb = Tokens[j - 1].Lower is "down" or "up" or "back" && j - 2 >= from ? j - 2 : j - 1;
        if (Lexicon.MeasureVerbs.Contains(Tokens[verb].Lower))
        {
            return true;
        }

        // "212 violations ... we got it down to 9": the figure it came down from is in this sentence or the one before.
        var sentence = UnitOf(t).Sentence;
        return Tokens[j - 1].Lower is "down" or "up"
            && Units.Where(u => u.Sentence >= sentence - 1 && u.Sentence <= sentence)
                .SelectMany(u => analysis.Signals[u.Index].QuantityTokens)
                .Any(q => q < t && analysis.Quantities[q] == analysis.Quantities[t]);
    }

    /// <summary>"Our Lighthouse score was around 52" earlier makes "our mobile score was 88" a measured result.</summary>
    private bool SameMeasureEarlier(Unit unit, int t)
    {
        if (analysis.Parts[unit.Index] is not (StarPart.Result or StarPart.Reflection))
        {
            return false;
        }

        var measure = MeasureWords(t);
        return measure.Count > 0 && Units
            .Where(u => u.Index < unit.Index)
            .SelectMany(u => analysis.Signals[u.Index].QuantityTokens)
            .Any(q => analysis.Quantities[q] == analysis.Quantities[t] && MeasureWords(q).Overlaps(measure));
    }

    /// <summary>The content words right around a number: what it counts.</summary>
    private HashSet<string> MeasureWords(int t)
    {
        if (_measureWords.TryGetValue(t, out var cached))
        {
            return cached;
        }

        var unit = UnitOf(t);
        var words = new HashSet<string>(StringComparer.Ordinal);
        _measureWords[t] = words;
        for (var j = Math.Max(unit.FirstToken, t - 3); j < Math.Min(unit.EndToken, t + 4); j++)
        {
            var word = Tokens[j].Lower;
            if (j != t && word.Length >= 4 && analysis.Quantities[j] == QuantityKind.None && !Lexicon.Hedges.Contains(word)
                && !Lexicon.TimeUnits.Contains(word) && !Lexicon.MeasureWordStops.Contains(word) && !Lexicon.ChangeWords.Contains(word))
            {
                words.Add(word);
            }
        }

        return words;
    }

    /// <summary>"for two weeks", "within an hour", "two sprints later": when or how long, not how much.</summary>
    private bool IsPeriod(int t, int from, int to)
    {
        var end = t;
        while (end + 1 < to && (analysis.Quantities[end + 1] != QuantityKind.None || Lexicon.TimeUnits.Contains(Tokens[end + 1].Lower)))
        {
            end++;
        }

        if (end + 1 < to && Tokens[end + 1].Lower is "later" or "ago" or "after" or "before" or "of" or "into" or "running")
        {
            return true;
        }

        for (var j = t - 1; j >= Math.Max(from, t - 3); j--)
        {
            var word = Tokens[j].Lower;
            if (word is "for" or "within" or "over" or "in" or "after" or "during" or "every" or "each" or "per" or "last" or "next" or "first" or "following" or "past" or "spent" or "took" or "gave" or "another")
            {
                return true;
            }

            if (word is not ("about" or "around" or "roughly" or "nearly" or "almost" or "the" or "a" or "few" or "couple" or "of" or "full" or "whole" or "working" or "entire"))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Another quantity joined to this one by a comparison: "from 30 to 4", "six instead of twelve", "5.2% against 6.0%".</summary>
    private bool ComparedNear(int t, int from, int to)
    {
        for (var j = Math.Max(from, t - 8); j < Math.Min(to, t + 9); j++)
        {
            if (j == t || Math.Abs(j - t) == 1 || (analysis.Quantities[j] == QuantityKind.None && Tokens[j].Lower is not ("none" or "zero" or "nothing")))
            {
                continue;
            }

            var (a, b) = j < t ? (j, t) : (t, j);
            for (var k = a + 1; k < b; k++)
            {
                if (Tokens[k].Lower is "to" or "from" or "instead" or "against" or "versus" or "vs" or "than" or "compared" or "down" or "up")
                {
                    return true;
                }
            }
        }

        // "2.5 seconds before the change, and afterwards 1.5 seconds": the same kind of figure twice in one sentence
        // that speaks of a change or a baseline ("two weeks with a team of four, shipped after three reviews" does not).
        var sentence = UnitOf(t).Sentence;
        var measured = ChangeNear(t, from, to, 5) || Units.Any(u => u.Sentence == sentence && analysis.Signals[u.Index].HasBaseline);
        for (var j = SentenceStart(UnitOf(t)); measured && j < Tokens.Count && UnitOf(j).Sentence == sentence; j++)
        {
            if (j != t && analysis.Quantities[j] == analysis.Quantities[t]
                && Enumerable.Range(Math.Min(j, t) + 1, Math.Abs(j - t) - 1).Any(k => Tokens[k].Lower is "to" or "instead" or "against" or "versus" or "vs" or "than" or "compared" or "after" or "afterwards" or "before" or "now"))
            {
                return true;
            }
        }

        // "down from twelve", "cut by 1,200 hours", "under 0.1%": one number, but the direction of the change is stated.
        var before = WordBefore(t, from);
        return before >= from && Tokens[before].Lower is "by" or "from" && ChangeNear(t, from, to, 5);
    }

    private bool ChangeNear(int t, int from, int to, int window)
    {
        for (var j = Math.Max(from, t - window); j < Math.Min(to, t + window + 1); j++)
        {
            if (j != t && (Lexicon.ChangeWords.Contains(Tokens[j].Lower) || Tokens[j].Lower is "saved" or "under" or "below" or "fewer" or "less" or "zero" or "none"))
            {
                return true;
            }
        }

        return false;
    }

    private bool OutcomeNounNear(int t, int from, int to, int window = 4)
    {
        for (var j = Math.Max(from, t - window); j < Math.Min(to, t + window + 1); j++)
        {
            if (j != t && Lexicon.OutcomeNouns.Contains(Tokens[j].Lower))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"twenty of these tickets a week": a count per period is a measured rate.</summary>
    private bool Rate(int t, int to)
    {
        for (var j = t + 1; j < Math.Min(to - 1, t + 6); j++)
        {
            if (Tokens[j].Lower is "a" or "per" or "each" or "every" && Lexicon.TimeUnits.Contains(Tokens[j + 1].Lower))
            {
                return true;
            }
        }

        return false;
    }

    private bool NeighbourHasBaseline(Unit unit) =>
        (unit.Index > 0 && analysis.Parts[unit.Index - 1] != StarPart.Situation && analysis.Signals[unit.Index - 1].HasBaseline && Units[unit.Index - 1].Sentence == unit.Sentence)
        || (unit.Index + 1 < Units.Count && analysis.Signals[unit.Index + 1].HasBaseline && Units[unit.Index + 1].Sentence == unit.Sentence);

    /// <summary>
    /// "Pages took nine seconds" in the situation is the baseline for "under two seconds" in the result. A bare count is
    /// not: "thirty brands" in the situation says nothing about "cut overtime by 1,200 hours".
    /// </summary>
    private bool ContextStatesSameQuantity(List<int> claims)
    {
        var kinds = claims.Select(t => analysis.Quantities[t]).Where(k => k is not (QuantityKind.Multiplier or QuantityKind.Count)).ToHashSet();
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
            // "AI", "ML", "VP" name a field or a title, not the thing worked on.
            if (token.Lower is "i" || Lexicon.GenericAcronyms.Contains(token.Lower))
            {
                return Lexicon.ConcreteNouns.Contains(token.Lower) ? 0.5 : 0;
            }

            return NamedWeight;
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
        var considered = WeighsAnOption();
        var message = level switch
        {
            Level.Entry => "Mention one other way you could have done it and why you did not; even at entry level it shows judgment.",
            Level.Mid => "Name the option you rejected and the reason (cost, risk, time). A mid-level answer should show a choice, not just a path.",
            _ => $"At {LevelName(level)} level the interviewer expects the options you weighed: name at least one you rejected, the trade-off, and why your choice won.",
        };
        Add(FindingCodes.NoAlternatives, !considered && Tokens.Count > 0, message);
    }

    /// <summary>
    /// An option named and set aside for a reason, in the same sentence or the next: "I considered X, but ...", "the
    /// obvious fix was X; it would have ...". "Instead of X" and "rather than X" only count with a stated cause
    /// ("because", "would have"), because they mostly describe what was done.
    /// </summary>
    private bool WeighsAnOption()
    {
        if (Tokens.Count == 0)
        {
            return false;
        }

        if (Lexicon.ReasonedAlternatives.Any(analysis, 0, Tokens.Count))
        {
            return true;
        }

        var cues = Lexicon.Alternatives.FindAll(analysis, 0, Tokens.Count);

        // "Wait for the provider, or fail over to the secondary?": a decision put as a question names both options.
        foreach (var last in Units.Where(u => analysis.Text.Slice(u.Span).TrimEnd().EndsWith('?')))
        {
            var first = SentenceStart(last);
            if (Enumerable.Range(first, last.EndToken - first).Any(i => Tokens[i].Lower == "or"))
            {
                cues.Add(new PhraseHit(last.EndToken - 1, 1));
            }
        }

        foreach (var hit in cues)
        {
            // "fairness was considered at every stage" is not an option weighed.
            if (hit.Token > 0 && Tokens[hit.Token].Lower == "considered" && Tokens[hit.Token - 1].Lower is "was" or "were" or "be" or "been" or "is" or "are" or "being")
            {
                continue;
            }

            var unit = UnitOf(hit.Token);
            if (ReasonIn(Lexicon.Rejection, SentenceStart(unit), hit.Token) || ReasonIn(Lexicon.Rejection, hit.Token + hit.Count, NextSentenceEnd(unit)))
            {
                return true;
            }
        }

        foreach (var hit in Lexicon.WeakAlternatives.FindAll(analysis, 0, Tokens.Count))
        {
            var unit = UnitOf(hit.Token);
            if (ReasonIn(Lexicon.Cause, SentenceStart(unit), hit.Token) || ReasonIn(Lexicon.Cause, hit.Token + hit.Count, NextSentenceEnd(unit)))
            {
                return true;
            }
        }

        return false;
    }

    private bool ReasonIn(PhraseMatcher reasons, int from, int to) => from < to && reasons.Any(analysis, from, to);

    private Unit UnitOf(int token) => Units[analysis.UnitOfToken[token]];

    private int SentenceStart(Unit unit)
    {
        var i = unit.Index;
        while (i > 0 && Units[i - 1].Sentence == unit.Sentence)
        {
            i--;
        }

        return Units[i].FirstToken;
    }

    /// <summary>The end of the sentence after this unit's, or of its own when it is the last: where a reason may still come.</summary>
    private int NextSentenceEnd(Unit unit)
    {
        var i = unit.Index;
        while (i + 1 < Units.Count && Units[i + 1].Sentence <= unit.Sentence + 1)
        {
            i++;
        }

        return Units[i].EndToken;
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
