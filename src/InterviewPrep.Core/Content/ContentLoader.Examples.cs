using System.Text;
using InterviewPrep.Core.Critique;
using Markdig.Syntax;

namespace InterviewPrep.Core.Content;

/// <summary>Reading one annotated example: its front matter, its STAR sections and where each annotation sits.</summary>
public static partial class ContentLoader
{
    private sealed record LoadedExample(ExampleAnswer Value, int PrincipleLine);

    private static LoadedExample ReadExample(MarkdownDocument document, YamlFields fields, SourceFile file)
    {
        fields.RejectUnknown("slug", "title", "principle", "level", "verdict", "domain", "role", "question", "annotations", "transcript");
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
        var rawAnnotations = ReadAnnotations(fields, ContentRules.MinAnnotations);
        var sections = ReadAnswerSections(document, file);
        var (annotatedSections, annotations) = PlaceAnnotations(sections, rawAnnotations, file);
        var transcript = ReadTranscript(fields, annotations.Count + 1, file);
        var example = new ExampleAnswer(
            slug, title, principle, level, verdict, domain, role, question, annotatedSections, annotations, transcript, file.RelativePath);
        CheckLength(example.WordCount, document.Skip(1).FirstOrDefault()?.Line + 1 ?? document[0].Line + 1, file);
        return new LoadedExample(example, fields.LineOf("principle"));
    }

    /// <summary>The length rule (<see cref="AnswerLength"/>) and the example cap, reported at the answer's first heading.</summary>
    private static void CheckLength(int words, int line, SourceFile file)
    {
        var spoken = AnswerLength.Format(words);
        if (AnswerLength.IsTooShort(words) || AnswerLength.IsTooLong(words))
        {
            file.Error(line, $"The answer is {words} words, about {spoken} spoken; an answer should take {AnswerLength.Target}, and never under one minute or over three.");
        }
        else if (words > ContentRules.MaxExampleWords)
        {
            file.Error(line, $"The answer is {words} words, about {spoken} spoken; an example takes at most {ContentRules.MaxExampleWords} words, to stay under three minutes with a margin.");
        }
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
        IReadOnlyList<RawAnnotation> rawAnnotations,
        SourceFile file)
    {
        var paragraphs = sections.SelectMany(s => s.Paragraphs).ToList();
        var placed = PlaceQuotes(paragraphs, rawAnnotations, "the answer", firstNumber: 1, file);
        var answer = new List<AnswerSection>();
        var index = 0;
        foreach (var (part, texts) in sections)
        {
            answer.Add(new AnswerSection(part, texts.Select(text => Highlighted(text, index++, placed)).ToList()));
        }

        return (answer, Notes(placed));
    }
}
