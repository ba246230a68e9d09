using System.Text;
using InterviewPrep.Core.Critique;
using Markdig.Syntax;

namespace InterviewPrep.Core.Content;

/// <summary>Reading one annotated example: its front matter, its STAR sections and where each annotation sits.</summary>
public static partial class ContentLoader
{
    private sealed record LoadedExample(ExampleAnswer Value, int PrincipleLine);

    private static LoadedExample ReadExample(MarkdownDocument document, YamlFields fields, SourceFile file, bool checkLength)
    {
        fields.RejectUnknown("slug", "title", "principle", "level", "verdict", "domain", "role", "question", "annotations");
        var slug = ReadSlug(fields, file);
        var title = fields.Required("title");
        var principle = fields.RequiredSlug("principle");
        var level = fields.RequiredEnum<Level>("level");
        var verdict = fields.RequiredEnum<Verdict>("verdict");
        var domain = fields.Required("domain");
        if (domain.Length > 0 && !ContentRules.Domains.Contains(domain))
        {
            file.Error(fields.LineOf("domain"), $"Unknown domain '{domain}'. Use one of: {string.Join(", ", ContentRules.Domains)}.");
        }

        var role = fields.Required("role");
        var question = fields.Required("question");
        var rawAnnotations = fields.List("annotations", ContentRules.MinAnnotations, f =>
        {
            f.RejectUnknown("quote", "note");
            return (Quote: f.Required("quote"), Note: f.Required("note"), Line: f.Line);
        });

        var sections = ReadAnswerSections(document, file);
        var (annotatedSections, annotations) = PlaceAnnotations(sections, rawAnnotations, file);
        var example = new ExampleAnswer(
            slug, title, principle, level, verdict, domain, role, question, annotatedSections, annotations, file.RelativePath);
        if (checkLength && (AnswerLength.IsTooShort(example.WordCount) || AnswerLength.IsTooLong(example.WordCount)))
        {
            file.Error(document.Skip(1).FirstOrDefault()?.Line + 1 ?? document[0].Line + 1,
                $"The answer is {example.WordCount} words, about {AnswerLength.Format(example.WordCount)} spoken; an answer should take {AnswerLength.Target}, and never under one minute or over three.");
        }

        return new LoadedExample(example, fields.LineOf("principle"));
    }

    private static List<(StarPart Part, List<string> Paragraphs)> ReadAnswerSections(MarkdownDocument document, SourceFile file)
    {
        var sections = new List<(StarPart Part, List<string> Paragraphs)>();
        var blocks = document.Skip(1).ToList();
        foreach (var block in blocks)
        {
            switch (block)
            {
                case HeadingBlock { Level: 2 } heading when Enum.TryParse<StarPart>(HeadingText(heading), out var part)
                    && Enum.GetName(part) == HeadingText(heading):
                    if (sections.Count > 0 && part <= sections[^1].Part)
                    {
                        file.Error(heading.Line + 1, $"'## {part}' is out of order: the parts are Situation, Task, Action, Result, Reflection.");
                    }

                    sections.Add((part, []));
                    break;
                case HeadingBlock heading:
                    file.Error(heading.Line + 1, $"Unexpected heading '{HeadingText(heading)}': an answer uses only '## Situation', '## Task', '## Action', '## Result' and '## Reflection'.");
                    break;
                case ParagraphBlock paragraph when sections.Count > 0:
                    var text = new StringBuilder();
                    if (FlattenPlain(paragraph.Inline, text, out var formatted))
                    {
                        sections[^1].Paragraphs.Add(TextStats.NormalizeWhitespace(text.ToString()));
                    }
                    else
                    {
                        file.Error(formatted!.Line + 1, "Answer paragraphs must be plain text: no emphasis, links or code.");
                    }

                    break;
                case ParagraphBlock paragraph:
                    file.Error(paragraph.Line + 1, "Answer text must come under a STAR heading such as '## Situation'.");
                    break;
                default:
                    file.Error(block.Line + 1, "An answer holds only STAR headings and plain paragraphs (no lists, quotes, tables or code).");
                    break;
            }
        }

        var bodyLine = blocks.FirstOrDefault()?.Line + 1 ?? document[0].Line + 1;
        foreach (var required in new[] { StarPart.Situation, StarPart.Task, StarPart.Action, StarPart.Result })
        {
            if (!sections.Exists(s => s.Part == required))
            {
                file.Error(bodyLine, $"Missing '## {required}' section in the answer.");
            }
        }

        foreach (var (part, paragraphs) in sections.Where(s => s.Paragraphs.Count == 0))
        {
            file.Error(bodyLine, $"Section '## {part}' has no text.");
        }

        return sections;
    }

    private static (IReadOnlyList<AnswerSection>, IReadOnlyList<Annotation>) PlaceAnnotations(
        List<(StarPart Part, List<string> Paragraphs)> sections,
        IReadOnlyList<(string Quote, string Note, int Line)> rawAnnotations,
        SourceFile file)
    {
        var placed = new List<(int Section, int Paragraph, int Start, string Quote, string Note)>();
        foreach (var (quote, note, line) in rawAnnotations)
        {
            if (quote.Length == 0)
            {
                continue;
            }

            var hits = new List<(int Section, int Paragraph, int Start)>();
            for (var s = 0; s < sections.Count; s++)
            {
                for (var p = 0; p < sections[s].Paragraphs.Count; p++)
                {
                    var text = sections[s].Paragraphs[p];
                    for (var at = text.IndexOf(quote, StringComparison.Ordinal); at >= 0; at = text.IndexOf(quote, at + 1, StringComparison.Ordinal))
                    {
                        hits.Add((s, p, at));
                    }
                }
            }

            switch (hits.Count)
            {
                case 0:
                    file.Error(line, $"Annotation quote \"{quote}\" is not found in the answer (it must match exactly, within one paragraph).");
                    break;
                case > 1:
                    file.Error(line, $"Annotation quote \"{quote}\" is found {hits.Count} times in the answer; quote a longer phrase so it is found once.");
                    break;
                default:
                    placed.Add((hits[0].Section, hits[0].Paragraph, hits[0].Start, quote, note));
                    break;
            }
        }

        placed.Sort((a, b) => (a.Section, a.Paragraph, a.Start).CompareTo((b.Section, b.Paragraph, b.Start)));
        for (var i = 1; i < placed.Count; i++)
        {
            var (previous, current) = (placed[i - 1], placed[i]);
            if (previous.Section == current.Section && previous.Paragraph == current.Paragraph
                && current.Start < previous.Start + previous.Quote.Length)
            {
                var line = rawAnnotations.First(a => a.Quote == current.Quote).Line;
                file.Error(line, $"Annotation quote \"{current.Quote}\" overlaps the quote \"{previous.Quote}\".");
            }
        }

        var annotations = placed
            .Select((a, i) => new Annotation(i + 1, a.Quote, a.Note, sections[a.Section].Part))
            .ToList();
        var answer = sections.Select((section, s) => new AnswerSection(
            section.Part,
            section.Paragraphs.Select((text, p) => new AnswerParagraph(
                text,
                placed.Select((a, i) => (a, Number: i + 1))
                    .Where(x => x.a.Section == s && x.a.Paragraph == p)
                    .Select(x => new Highlight(x.a.Start, x.a.Quote.Length, x.Number))
                    .ToList())).ToList())).ToList();
        return (answer, annotations);
    }
}
