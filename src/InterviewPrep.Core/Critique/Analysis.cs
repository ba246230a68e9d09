using InterviewPrep.Core.Content;

namespace InterviewPrep.Core.Critique;

/// <summary>What the critic heard in one unit: how strongly it reads as each STAR part, and the signals inside it.</summary>
internal sealed class UnitSignals
{
    public double[] PartScores { get; } = new double[5];

    public List<(int Start, int End)> SingularActs { get; } = [];

    public List<(int Start, int End)> PluralActs { get; } = [];

    public List<int> QuantityTokens { get; } = [];

    public bool HasChange { get; set; }

    public bool HasBaseline { get; set; }

    /// <summary>Says where, when or in what role: "as a principal engineer at a B2B analytics company".</summary>
    public bool HasContext { get; set; }

    /// <summary>Reflection cues that name a lesson or a change, after empty and reported ones are dropped.</summary>
    public int GenuineReflections { get; set; }

    public double Score(StarPart part) => PartScores[(int)part];
}

/// <summary>The parsed answer, its signals per unit and the STAR part each unit was assigned.</summary>
internal sealed class Analysis
{
    private const int PartCount = 5;

    private Analysis(AnswerText text, QuantityKind[] quantities)
    {
        Text = text;
        Quantities = quantities;
        Signals = new UnitSignals[text.Units.Count];
        Parts = new StarPart[text.Units.Count];
    }

    public AnswerText Text { get; }

    public QuantityKind[] Quantities { get; }

    public UnitSignals[] Signals { get; }

    public StarPart[] Parts { get; }

    /// <summary>Which parts the answer contains, whether or not a unit was assigned to them.</summary>
    public bool[] Present { get; } = new bool[PartCount];

    /// <summary>For STAR-field input, where each field sits in the joined text; null for free text.</summary>
    public IReadOnlyDictionary<StarPart, TextSpan>? FieldSpans { get; private set; }

    public IReadOnlyList<Token> Tokens => Text.Tokens;

    /// <summary>For each token, the index of the unit it belongs to.</summary>
    public int[] UnitOfToken { get; private set; } = [];

    public IEnumerable<Unit> UnitsIn(StarPart part) => Text.Units.Where(u => Parts[u.Index] == part);

    /// <summary>Free text: the parts are inferred from cues and order.</summary>
    public static Analysis OfFreeText(string text)
    {
        var analysis = Create(text);
        analysis.DecodeParts();
        return analysis;
    }

    /// <summary>STAR fields: each unit belongs to the field it came from, and a part is present when its field says something.</summary>
    public static Analysis OfStarFields(string text, IReadOnlyList<(StarPart Part, TextSpan Span)> fields)
    {
        var analysis = Create(text);
        analysis.FieldSpans = fields.Where(f => f.Span.Length > 0).ToDictionary(f => f.Part, f => f.Span);
        foreach (var unit in analysis.Text.Units)
        {
            var field = fields.FirstOrDefault(f => unit.Span.Start >= f.Span.Start && unit.Span.Start < f.Span.End);
            analysis.Parts[unit.Index] = field.Span.Length > 0 ? field.Part : StarPart.Situation;
        }

        foreach (var (part, span) in fields)
        {
            var words = analysis.Tokens.Count(t => t.Start >= span.Start && t.End <= span.End);
            analysis.Present[(int)part] = words >= 3;
        }

        // "I learned a lot." fills the field without reflecting on anything.
        var reflection = analysis.Text.Units.Where(u => analysis.Parts[u.Index] == StarPart.Reflection).ToList();
        if (reflection.Count > 0 && reflection.All(u => analysis.Signals[u.Index].GenuineReflections == 0)
            && reflection.Any(u => Lexicon.EmptyReflection.Any(analysis, u.FirstToken, u.EndToken)))
        {
            analysis.Present[(int)StarPart.Reflection] = false;
        }

        return analysis;
    }

    private static Analysis Create(string text)
    {
        var answer = AnswerText.Parse(text);
        var analysis = new Analysis(answer, QuantityReader.Classify(answer.Tokens));
        analysis.UnitOfToken = new int[answer.Tokens.Count];
        foreach (var unit in answer.Units)
        {
            Array.Fill(analysis.UnitOfToken, unit.Index, unit.FirstToken, unit.TokenCount);
            analysis.Signals[unit.Index] = analysis.Measure(unit);
        }

        return analysis;
    }

    private UnitSignals Measure(Unit unit)
    {
        var signals = new UnitSignals();
        var (from, to) = (unit.FirstToken, unit.EndToken);
        FindActs(signals, from, to);

        for (var i = from; i < to; i++)
        {
            if (Quantities[i] != QuantityKind.None)
            {
                signals.QuantityTokens.Add(i);
            }

            if (Lexicon.ChangeWords.Contains(Tokens[i].Lower))
            {
                signals.HasChange = true;
            }
        }

        signals.HasBaseline = Lexicon.Baseline.Any(this, from, to);
        var hasQuantity = signals.QuantityTokens.Count > 0;
        var scores = signals.PartScores;
        var stative = signals.SingularActs.Count == 0
            && Enumerable.Range(from, unit.TokenCount).Any(i => Tokens[i].Lower is "was" or "were" or "had" or "wasn't" or "weren't");

        var roleOrPlace = NamesRoleOrPlace(from, to) ? 1 : 0;
        signals.HasContext = roleOrPlace > 0 || Lexicon.Context.Any(this, from, to);
        scores[(int)StarPart.Situation] = (2 * Math.Min(Lexicon.Situation.Count(this, from, to) + roleOrPlace, 2)) + (stative ? 0.5 : 0);

        // A decision put as a question ("route traffic away, or ride it out?") is the task, even unannounced.
        var question = Text.Text.AsSpan(unit.Span.Start, unit.Span.Length).TrimEnd().EndsWith('?') ? 1 : 0;
        scores[(int)StarPart.Task] = 3 * Math.Min(Lexicon.Task.Count(this, from, to) + question, 2);
        scores[(int)StarPart.Action] = (2 * Math.Min(signals.SingularActs.Count, 2)) + (1.5 * Math.Min(signals.PluralActs.Count, 2))
            + (Lexicon.Sequence.Any(this, from, to) ? 0.5 : 0);
        scores[(int)StarPart.Result] = (2 * Math.Min(Lexicon.Result.Count(this, from, to), 2))
            + (hasQuantity && signals.HasChange ? 2 : hasQuantity ? 0.5 : 0);
        signals.GenuineReflections = GenuineReflections(from, to);
        scores[(int)StarPart.Reflection] = Math.Min((3 * signals.GenuineReflections) + (1.5 * Lexicon.ReflectionFrame.Count(this, from, to)), 6);
        return signals;
    }

    /// <summary>"As a principal engineer", "I was operations manager", "at a ticketing company": a role or a workplace.</summary>
    private bool NamesRoleOrPlace(int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            var word = Tokens[i].Lower;
            var role = Lexicon.RoleNouns.Contains(word);
            var place = Lexicon.OrganisationNouns.Contains(word);
            if (!role && !place)
            {
                continue;
            }

            for (var j = i - 1; j >= Math.Max(from, i - 4); j--)
            {
                var before = Tokens[j].Lower;
                if ((role && before is "as" or "was" or "i'm" or "am" or "been")
                    || (place && j + 1 < i && ((before == "at" && Tokens[j + 1].Lower is "a" or "an" or "my" or "our" or "the")
                        || (before == "for" && Tokens[j + 1].Lower is "a" or "an"))))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Counts reflection cues that say something: "I learned a lot" and "I'd do exactly the same again" name no lesson,
    /// and "my manager told me I should have" is someone else's verdict.
    /// </summary>
    private int GenuineReflections(int from, int to)
    {
        var hits = Lexicon.Reflection.FindAll(this, from, to);
        if (hits.Count == 0)
        {
            return 0;
        }

        var empty = Lexicon.EmptyReflection.FindAll(this, from, to);
        var reported = Lexicon.ReportedSpeech.FindAll(this, from, to);
        return hits.Count(hit =>
            !empty.Any(e => e.Token < hit.Token + hit.Count && hit.Token < e.Token + e.Count)
            && !reported.Any(r => r.Token + r.Count <= hit.Token && hit.Token - (r.Token + r.Count) <= 3));
    }

    /// <summary>Finds "I rewrote", "we then added", "the team shipped": a subject followed, within a few words, by an action verb.</summary>
    private void FindActs(UnitSignals signals, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            var word = Tokens[i].Lower;
            var singular = Lexicon.SingularSubjects.Contains(word);
            var plural = Lexicon.PluralSubjects.Contains(word)
                || word == "everyone"
                || (Lexicon.TeamNouns.Contains(word) && i > from && Tokens[i - 1].Lower is "the" or "our" or "my" or "whole" or "entire");
            if (!singular && !plural)
            {
                continue;
            }

            // "my team and I decided" is the candidate acting, not the team.
            if (plural && i + 2 < to && Tokens[i + 1].Lower == "and" && Tokens[i + 2].Lower == "i")
            {
                continue;
            }

            for (var j = i + 1; j < Math.Min(to, i + 5); j++)
            {
                var next = Tokens[j].Lower;
                if (Lexicon.IsActionVerb(next))
                {
                    var start = plural && i > from && Lexicon.TeamNouns.Contains(word) ? i - 1 : i;
                    (singular ? signals.SingularActs : signals.PluralActs).Add((start, j + 1));
                    i = j;
                    break;
                }

                // "the team was split" is a state, not an act; "I was able to fix" still is one.
                var passive = next is "was" or "were" && j + 1 < to && Tokens[j + 1].Lower != "able";
                if (passive || !Lexicon.SubjectFillers.Contains(next))
                {
                    break;
                }
            }
        }
    }

    /// <summary>
    /// Assigns each unit a part so that parts never go backwards (situation, task, action, result, reflection) and the
    /// cues agree as much as possible. A monotone path is how people tell stories, and it stops a number in the
    /// situation from being read as the result.
    /// </summary>
    private void DecodeParts()
    {
        var units = Text.Units;
        var n = units.Count;
        if (n == 0)
        {
            return;
        }

        var best = new double[n, PartCount];
        var from = new int[n, PartCount];
        for (var p = 0; p < PartCount; p++)
        {
            best[0, p] = Adjusted(0, p) - (0.01 * p);
        }

        for (var i = 1; i < n; i++)
        {
            for (var p = 0; p < PartCount; p++)
            {
                var bestPrevious = p;
                for (var q = p; q >= 0; q--)
                {
                    if (best[i - 1, q] > best[i - 1, bestPrevious] + 1e-9)
                    {
                        bestPrevious = q;
                    }
                }

                best[i, p] = best[i - 1, bestPrevious] + Adjusted(i, p) - (bestPrevious == p ? 0 : 0.01);
                from[i, p] = bestPrevious;
            }
        }

        var part = 0;
        for (var p = 1; p < PartCount; p++)
        {
            if (best[n - 1, p] > best[n - 1, part] + 1e-9)
            {
                part = p;
            }
        }

        for (var i = n - 1; i >= 0; i--)
        {
            Parts[i] = (StarPart)part;
            part = from[i, part];
        }

        DecidePresence();
    }

    /// <summary>Unit scores nudged by position: context comes first, lessons come last.</summary>
    private double Adjusted(int i, int p)
    {
        var n = Text.Units.Count;
        var score = Signals[i].PartScores[p];
        var position = n <= 1 ? 0 : (double)i / (n - 1);
        if (p == (int)StarPart.Situation && position <= 0.2 && OpensWithContext(i))
        {
            score += 1;
        }

        if (p == (int)StarPart.Reflection && position < 0.4)
        {
            score -= 1.5;
        }

        // Late sentences where someone else acts ("she agreed", "the board approved it") usually report the outcome.
        var signals = Signals[i];
        if (p == (int)StarPart.Result && position >= 0.7 && signals.SingularActs.Count == 0 && signals.Score(StarPart.Reflection) < 3)
        {
            score += 1;
        }

        return score;
    }

    /// <summary>The answer's first words are the candidate doing something ("I opened the HAR file"), with no role or place.</summary>
    private bool OpensWithAction()
    {
        var first = Signals[0];
        return first.SingularActs.Count > 0 && first.SingularActs[0].Start <= Text.Units[0].FirstToken + 2 && !first.HasContext;
    }

    /// <summary>An early unit with no other cue, and long enough to say something, is almost always context.</summary>
    private bool OpensWithContext(int i)
    {
        var signals = Signals[i];
        return Text.Units[i].TokenCount >= 6
            && signals.Score(StarPart.Action) < 2 && signals.Score(StarPart.Result) < 2 && signals.Score(StarPart.Reflection) < 3
            && signals.Score(StarPart.Task) < 3;
    }

    private void DecidePresence()
    {
        var units = Text.Units;
        var n = units.Count;
        var opensWithAction = n > 1 && OpensWithAction();
        foreach (var unit in units)
        {
            var i = unit.Index;
            var s = Signals[i];
            var position = n <= 1 ? 0 : (double)i / (n - 1);
            // An answer that opens "I opened the HAR file and saw the upload was failing" has given a symptom, not
            // the situation: after an opening action only a role, a place or a time sets the scene.
            var scene = opensWithAction ? s.HasContext : s.Score(StarPart.Situation) >= 2 || (i == 0 && OpensWithContext(0));
            Present[(int)StarPart.Situation] |= position <= 0.5 && scene;
            Present[(int)StarPart.Task] |= position <= 0.75 && s.Score(StarPart.Task) >= 3;
            // "Now I always check" is a lesson, not an action: units that read as reflection do not count.
            Present[(int)StarPart.Action] |= s.Score(StarPart.Action) >= 1.5 && s.Score(StarPart.Reflection) < 3;
            Present[(int)StarPart.Result] |= (i > 0 || n == 1) && s.Score(StarPart.Result) >= 2 && Parts[i] is not (StarPart.Situation or StarPart.Task);
            Present[(int)StarPart.Reflection] |= position >= 0.4 && s.Score(StarPart.Reflection) >= 3;
        }
    }
}
