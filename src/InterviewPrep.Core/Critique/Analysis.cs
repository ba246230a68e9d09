using InterviewPrep.Core.Content;

namespace InterviewPrep.Core.Critique;

/// <summary>The parsed answer, its signals per unit and the STAR part each unit was assigned.</summary>
internal sealed partial class Analysis
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
}
