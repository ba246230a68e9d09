namespace InterviewPrep.Core.Content;

/// <summary>
/// Placing annotation quotes in the text they comment on, one rule for the answer and for every follow-up reply: each
/// quote is found exactly once, inside one paragraph, and overlaps no other quote.
/// </summary>
public static partial class ContentLoader
{
    private sealed record RawAnnotation(string Quote, string Note, int Line);

    private sealed record PlacedQuote(int Paragraph, int Start, string Quote, string Note, int Number);

    private static IReadOnlyList<RawAnnotation> ReadAnnotations(YamlFields fields, int minimum) =>
        fields.List("annotations", minimum, f =>
        {
            f.RejectUnknown("quote", "note");
            return new RawAnnotation(f.Required("quote"), f.Required("note"), f.Line);
        });

    /// <summary>
    /// Finds every quote in <paramref name="paragraphs"/> and numbers the found ones from <paramref name="firstNumber"/>
    /// in the order their phrases appear. <paramref name="where"/> names the text in errors ("the answer", "the reply").
    /// </summary>
    private static List<PlacedQuote> PlaceQuotes(
        List<string> paragraphs,
        IReadOnlyList<RawAnnotation> annotations,
        string where,
        int firstNumber,
        SourceFile file)
    {
        var found = new List<(int Paragraph, int Start, RawAnnotation Annotation)>();
        foreach (var annotation in annotations)
        {
            var quote = annotation.Quote;
            if (quote.Length == 0)
            {
                continue;
            }

            var hits = new List<(int Paragraph, int Start)>();
            for (var p = 0; p < paragraphs.Count; p++)
            {
                var text = paragraphs[p];
                for (var at = text.IndexOf(quote, StringComparison.Ordinal); at >= 0; at = text.IndexOf(quote, at + 1, StringComparison.Ordinal))
                {
                    hits.Add((p, at));
                }
            }

            switch (hits.Count)
            {
                case 0:
                    file.Error(annotation.Line, $"Annotation quote \"{quote}\" is not found in {where} (it must match exactly, within one paragraph).");
                    break;
                case > 1:
                    file.Error(annotation.Line, $"Annotation quote \"{quote}\" is found {hits.Count} times in {where}; quote a longer phrase so it is found once.");
                    break;
                default:
                    found.Add((hits[0].Paragraph, hits[0].Start, annotation));
                    break;
            }
        }

        found.Sort((a, b) => (a.Paragraph, a.Start).CompareTo((b.Paragraph, b.Start)));
        for (var i = 1; i < found.Count; i++)
        {
            var (previous, current) = (found[i - 1], found[i]);
            if (previous.Paragraph == current.Paragraph && current.Start < previous.Start + previous.Annotation.Quote.Length)
            {
                file.Error(current.Annotation.Line, $"Annotation quote \"{current.Annotation.Quote}\" overlaps the quote \"{previous.Annotation.Quote}\".");
            }
        }

        return found
            .Select((f, i) => new PlacedQuote(f.Paragraph, f.Start, f.Annotation.Quote, f.Annotation.Note, firstNumber + i))
            .ToList();
    }

    /// <summary>Paragraph <paramref name="index"/> with the placed quotes that fall in it, ready to highlight.</summary>
    private static AnswerParagraph Highlighted(string text, int index, IEnumerable<PlacedQuote> placed) =>
        new(text, placed.Where(q => q.Paragraph == index).Select(q => new Highlight(q.Start, q.Quote.Length, q.Number)).ToList());

    private static List<Annotation> Notes(IEnumerable<PlacedQuote> placed) =>
        placed.Select(q => new Annotation(q.Number, q.Quote, q.Note)).ToList();
}
