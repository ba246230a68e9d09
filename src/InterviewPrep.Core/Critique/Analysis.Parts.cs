using InterviewPrep.Core.Content;

namespace InterviewPrep.Core.Critique;

/// <summary>Which STAR part each unit belongs to, and which parts the answer has at all.</summary>
internal sealed partial class Analysis
{
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
