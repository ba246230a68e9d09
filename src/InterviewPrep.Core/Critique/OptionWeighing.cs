namespace InterviewPrep.Core.Critique;

/// <summary>
/// Whether the answer weighs an option: one named and set aside for a reason, in the same sentence or the next ("I
/// considered X, but ...", "the obvious fix was X; it would have ..."). "Instead of X" and "rather than X" only count
/// with a stated cause ("because", "would have"), because they mostly describe what was done.
/// </summary>
internal sealed class OptionWeighing(Analysis analysis)
{
    private IReadOnlyList<Token> Tokens => analysis.Tokens;

    public bool WeighsAnOption()
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
        foreach (var last in analysis.Text.Units.Where(u => analysis.Text.Slice(u.Span).TrimEnd().EndsWith('?')))
        {
            var first = analysis.SentenceStart(last);
            if (Enumerable.Range(first, last.EndToken - first).Any(i => Tokens[i].Lower == "or"))
            {
                cues.Add(new PhraseHit(last.EndToken - 1, 1));
            }
        }

        foreach (var hit in cues)
        {
            if (hit.Token > 0 && Tokens[hit.Token].Lower == "considered" && Lexicon.PassiveAuxiliaries.Contains(Tokens[hit.Token - 1].Lower))
            {
                continue;
            }

            if (ReasonAround(Lexicon.Rejection, hit))
            {
                return true;
            }
        }

        return Lexicon.WeakAlternatives.FindAll(analysis, 0, Tokens.Count).Any(hit => ReasonAround(Lexicon.Cause, hit));
    }

    /// <summary>A reason earlier in the cue's sentence, or after the cue up to the end of the next sentence.</summary>
    private bool ReasonAround(PhraseMatcher reasons, PhraseHit hit)
    {
        var unit = analysis.UnitOf(hit.Token);
        return ReasonIn(reasons, analysis.SentenceStart(unit), hit.Token)
            || ReasonIn(reasons, hit.Token + hit.Count, analysis.NextSentenceEnd(unit));
    }

    private bool ReasonIn(PhraseMatcher reasons, int from, int to) => from < to && reasons.Any(analysis, from, to);
}
