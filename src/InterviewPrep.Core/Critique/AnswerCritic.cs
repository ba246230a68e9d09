using System.Diagnostics.CodeAnalysis;
using InterviewPrep.Core.Content;

namespace InterviewPrep.Core.Critique;

/// <summary>
/// Critiques a behavioural interview answer: finds the STAR parts, reports what an interviewer would mark down, scores
/// it for the level and suggests the follow-ups an interviewer would ask. Stateless and thread-safe.
/// </summary>
public sealed class AnswerCritic
{
    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "An instance, so the web app can register the critic as a service and inject it.")]
    public AnswerCritique Critique(AnswerInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if ((input.Text is null) == (input.Star is null))
        {
            throw new ArgumentException("Give either the answer text or its STAR fields, not both.", nameof(input));
        }

        var (text, analysis) = input.Star is { } star ? AnalyseFields(star) : (input.Text!, Analysis.OfFreeText(input.Text!));
        var wordCount = TextStats.CountWords(text);
        var findings = new FindingDetector(analysis, input.Level, input.Checks, wordCount).Detect();
        var deductions = Scoring.Deductions(findings, analysis, input.Level);
        var score = Math.Clamp(100 - deductions.Sum(d => d.Points), 0, 100);
        var ordered = findings
            .OrderByDescending(f => deductions.FirstOrDefault(d => d.Reason == f.Code)?.Points ?? 0)
            .ToList();
        var followUps = FollowUpPicker.Pick(text, ordered, deductions, input.Probes, input.Level);
        return new AnswerCritique(text, wordCount, score, StarSpans(analysis), ordered, followUps, deductions);
    }

    private static (string Text, Analysis Analysis) AnalyseFields(StarFields star)
    {
        var parts = Enum.GetValues<StarPart>();
        var fields = new List<(StarPart, TextSpan)>(parts.Length);
        var position = 0;
        foreach (var part in parts)
        {
            var value = star.Get(part) ?? string.Empty;
            fields.Add((part, new TextSpan(position, value.Length)));
            position += value.Length + StarFields.Separator.Length;
        }

        var text = string.Join(StarFields.Separator, parts.Select(p => star.Get(p) ?? string.Empty));
        return (text, Analysis.OfStarFields(text, fields));
    }

    private static Dictionary<StarPart, TextSpan> StarSpans(Analysis analysis)
    {
        var spans = new Dictionary<StarPart, TextSpan>();
        foreach (var part in Enum.GetValues<StarPart>())
        {
            if (!analysis.Present[(int)part])
            {
                continue;
            }

            if (analysis.FieldSpans is { } fields)
            {
                spans[part] = fields[part];
                continue;
            }

            var units = analysis.UnitsIn(part).ToList();
            if (units.Count == 0)
            {
                // Present by its cues, but the decoder gave its units to a neighbour: point at the clearest one.
                units = [analysis.Text.Units.MaxBy(u => analysis.Signals[u.Index].Score(part))!];
            }

            var start = units.Min(u => u.Span.Start);
            spans[part] = new TextSpan(start, units.Max(u => u.Span.End) - start);
        }

        return spans;
    }
}
