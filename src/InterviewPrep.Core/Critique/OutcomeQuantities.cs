using InterviewPrep.Core.Content;

namespace InterviewPrep.Core.Critique;

/// <summary>What the answer's numbers say about its result: whether any measures an outcome, and which claims lack a baseline.</summary>
/// <param name="HasOutcome">Some quantity measures what changed.</param>
/// <param name="UnsupportedClaims">Tokens of claimed changes that nothing in the answer gives a starting point for.</param>
internal sealed record OutcomeReading(bool HasOutcome, IReadOnlyList<int> UnsupportedClaims);

/// <summary>
/// Tells a number that measures what changed from one that describes the work: "tickets fell from 30 to 4" and "up
/// 35%" are outcomes; "two weeks", "a team of eight", "three steps" and "version 5.12" are not.
/// </summary>
internal sealed class OutcomeQuantities(Analysis analysis)
{
    private readonly Dictionary<int, HashSet<string>> _measureWords = [];

    private IReadOnlyList<Token> Tokens => analysis.Tokens;

    private IReadOnlyList<Unit> Units => analysis.Text.Units;

    public OutcomeReading Read()
    {
        var outcome = Units
            .Select(u => (Unit: u, Quantities: analysis.Signals[u.Index].QuantityTokens.Where(t => IsOutcome(u, t)).ToList()))
            .Where(o => o.Quantities.Count > 0)
            .ToList();
        if (outcome.Count == 0)
        {
            return new OutcomeReading(false, []);
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
        var unsupported = claims.Count > 0 && !supported && !ContextStatesSameQuantity(claims);
        return new OutcomeReading(true, unsupported ? claims : []);
    }

    private bool IsOutcome(Unit unit, int t)
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
        var sentence = analysis.UnitOf(t).Sentence;
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

        var unit = analysis.UnitOf(t);
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

        if (end + 1 < to && Lexicon.PeriodEnders.Contains(Tokens[end + 1].Lower))
        {
            return true;
        }

        for (var j = t - 1; j >= Math.Max(from, t - 3); j--)
        {
            var word = Tokens[j].Lower;
            if (Lexicon.PeriodMarkers.Contains(word))
            {
                return true;
            }

            if (!Lexicon.PeriodFillers.Contains(word))
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
            if (j == t || Math.Abs(j - t) == 1 || (analysis.Quantities[j] == QuantityKind.None && !Lexicon.NoneWords.Contains(Tokens[j].Lower)))
            {
                continue;
            }

            var (a, b) = j < t ? (j, t) : (t, j);
            for (var k = a + 1; k < b; k++)
            {
                if (Lexicon.ComparisonWords.Contains(Tokens[k].Lower))
                {
                    return true;
                }
            }
        }

        // "2.5 seconds before the change, and afterwards 1.5 seconds": the same kind of figure twice in one sentence
        // that speaks of a change or a baseline ("two weeks with a team of four, shipped after three reviews" does not).
        var sentence = analysis.UnitOf(t).Sentence;
        var measured = ChangeNear(t, from, to, 5) || Units.Any(u => u.Sentence == sentence && analysis.Signals[u.Index].HasBaseline);
        for (var j = analysis.SentenceStart(analysis.UnitOf(t)); measured && j < Tokens.Count && analysis.UnitOf(j).Sentence == sentence; j++)
        {
            if (j != t && analysis.Quantities[j] == analysis.Quantities[t]
                && Enumerable.Range(Math.Min(j, t) + 1, Math.Abs(j - t) - 1).Any(k => Lexicon.BeforeAfterWords.Contains(Tokens[k].Lower)))
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
            if (j != t && (Lexicon.ChangeWords.Contains(Tokens[j].Lower) || Lexicon.BoundWords.Contains(Tokens[j].Lower)))
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
            if (Lexicon.RateWords.Contains(Tokens[j].Lower) && Lexicon.TimeUnits.Contains(Tokens[j + 1].Lower))
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
}
