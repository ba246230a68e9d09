using System.Text;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace InterviewPrep.Core.Content;

/// <summary>
/// Reads the content folder into an immutable <see cref="ContentCatalog"/>. Every problem becomes a
/// <see cref="ContentError"/> naming the file and line; a file with errors is left out of the catalog.
/// </summary>
public static class ContentLoader
{
    public const string PrinciplesFolder = "principles";
    public const string ExamplesFolder = "examples";
    public const string GuidesFolder = "guides";
    public const string PagesFolder = "pages";

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UseAdvancedExtensions()
        .DisableHtml()
        .Build();

    public static ContentCatalog Load(string rootPath)
    {
        ArgumentException.ThrowIfNullOrEmpty(rootPath);
        var errors = new List<ContentError>();
        if (!Directory.Exists(rootPath))
        {
            errors.Add(new ContentError(rootPath, 0, "The content folder does not exist."));
            return new ContentCatalog([], [], [], [], errors);
        }

        var principles = LoadFolder(rootPath, PrinciplesFolder, errors, ReadPrinciple);
        var examples = LoadFolder(rootPath, ExamplesFolder, errors, ReadExample);
        var guides = LoadFolder(rootPath, GuidesFolder, errors, (doc, fields, file) => ReadArticle(doc, fields, file, requireOrder: true));
        var pages = LoadFolder(rootPath, PagesFolder, errors, (doc, fields, file) => ReadArticle(doc, fields, file, requireOrder: false));

        // Cross-references are checked against every principle file present, even a broken one, so that one
        // bad file is reported once instead of taking its related principles and examples down with it.
        var principlesFolder = Path.Combine(rootPath, PrinciplesFolder);
        var principleSlugs = (Directory.Exists(principlesFolder) ? Directory.EnumerateFiles(principlesFolder, "*.md") : [])
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        foreach (var (principle, file) in principles)
        {
            foreach (var (related, line) in principle.RelatedLines)
            {
                if (!principleSlugs.Contains(related))
                {
                    file.Error(line, $"Related principle '{related}' does not exist.");
                }
            }
        }

        foreach (var (example, file) in examples)
        {
            if (example.Value.PrincipleSlug.Length > 0 && !principleSlugs.Contains(example.Value.PrincipleSlug))
            {
                file.Error(example.PrincipleLine, $"Unknown principle '{example.Value.PrincipleSlug}'.");
            }
        }

        return new ContentCatalog(
            principles.Where(p => !p.File.HasErrors).Select(p => p.Value.Value).ToList(),
            examples.Where(e => !e.File.HasErrors).Select(e => e.Value.Value).ToList(),
            guides.Where(g => !g.File.HasErrors).Select(g => g.Value).ToList(),
            pages.Where(p => !p.File.HasErrors).Select(p => p.Value).ToList(),
            errors);
    }

    private static List<(T Value, SourceFile File)> LoadFolder<T>(
        string rootPath,
        string folder,
        List<ContentError> errors,
        Func<MarkdownDocument, YamlFields, SourceFile, T> read)
    {
        var result = new List<(T, SourceFile)>();
        var directory = Path.Combine(rootPath, folder);
        if (!Directory.Exists(directory))
        {
            return result;
        }

        var seenSlugs = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var path in Directory.EnumerateFiles(directory, "*.md").Order(StringComparer.Ordinal))
        {
            var relative = Path.Combine(folder, Path.GetFileName(path)).Replace('\\', '/');
            var file = new SourceFile(relative, errors);
            var text = File.ReadAllText(path);
            var document = Markdown.Parse(text, Pipeline);
            if (document.FirstOrDefault() is not YamlFrontMatterBlock frontMatter)
            {
                file.Error(1, "The file must start with YAML front matter: a '---' line, the fields, and a closing '---' line.");
                continue;
            }

            file.YamlFirstLine = frontMatter.Line + 2;
            var fields = ParseFrontMatter(frontMatter, file);
            if (fields is null)
            {
                continue;
            }

            var value = read(document, fields, file);
            var slug = fields.Peek("slug") ?? Path.GetFileNameWithoutExtension(path);
            if (seenSlugs.TryGetValue(slug, out var other))
            {
                file.Error(fields.LineOf("slug"), $"Duplicate slug '{slug}': already used by {other}.");
            }
            else
            {
                seenSlugs[slug] = relative;
            }

            result.Add((value, file));
        }

        return result;
    }

    private static YamlFields? ParseFrontMatter(YamlFrontMatterBlock block, SourceFile file)
    {
        var yaml = block.Lines.ToString();
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            var reason = (ex.InnerException?.Message ?? ex.Message).Split(':', 2) switch
            {
                [var head, var tail] when head.StartsWith('(') => tail.Trim(),
                _ => ex.Message,
            };
            file.Error(file.LineOf(ex.Start), $"Malformed YAML: {reason}");
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this, without a position, on some unclosed flow collections.
            file.Error(file.LineOf(LastParsedMark(yaml)), "Malformed YAML: a bracket, brace or quote is not closed.");
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            file.Error(block.Line + 1, "The front matter must be a set of 'name: value' fields.");
            return null;
        }

        return new YamlFields(root, file);
    }

    private static Mark LastParsedMark(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        var last = Mark.Empty;
        try
        {
            while (parser.MoveNext())
            {
                last = parser.Current?.End ?? last;
            }
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException)
        {
        }

        return last;
    }

    private static string ReadSlug(YamlFields fields, SourceFile file)
    {
        var slug = fields.RequiredSlug("slug");
        var expected = Path.GetFileNameWithoutExtension(file.RelativePath);
        if (slug.Length > 0 && slug != expected)
        {
            file.Error(fields.LineOf("slug"), $"Slug '{slug}' must match the file name '{expected}'.");
        }

        return slug;
    }

    private sealed record LoadedPrinciple(Principle Value, IReadOnlyList<(string Slug, int Line)> RelatedLines);

    private static LoadedPrinciple ReadPrinciple(MarkdownDocument document, YamlFields fields, SourceFile file)
    {
        fields.RejectUnknown("slug", "title", "summary", "order", "companies", "related", "questions", "probes", "traps");
        var slug = ReadSlug(fields, file);
        var title = fields.Required("title");
        var summary = fields.Required("summary");
        var order = fields.RequiredInt("order");
        var companies = fields.List("companies", 1, f =>
        {
            f.RejectUnknown("company", "name");
            return new CompanyName(f.Required("company"), f.Required("name"));
        });
        var related = fields.OptionalSlugList("related");

        var questionIds = new HashSet<string>(StringComparer.Ordinal);
        var questions = fields.List("questions", ContentRules.MinQuestions, f =>
        {
            f.RejectUnknown("id", "text");
            var id = f.RequiredSlug("id");
            if (id.Length > 0 && !questionIds.Add(id))
            {
                file.Error(f.LineOf("id"), $"Duplicate question id '{id}'.");
            }

            return new Question($"{slug}/{id}", id, slug, f.Required("text"));
        });
        var probes = fields.List("probes", ContentRules.MinProbes, f =>
        {
            f.RejectUnknown("probe", "checks");
            return new Probe(f.Required("probe"), f.Required("checks"));
        });
        var traps = fields.List("traps", ContentRules.MinTraps, f =>
        {
            f.RejectUnknown("trap", "why");
            return new Trap(f.Required("trap"), f.Required("why"));
        });

        ValidatePrincipleBody(document, file);
        var principle = new Principle(
            slug, title, summary, order, companies, related.Select(r => r.Value).ToList(),
            questions, probes, traps, RenderHtml(document), file.RelativePath);
        return new LoadedPrinciple(principle, related);
    }

    private static void ValidatePrincipleBody(MarkdownDocument document, SourceFile file)
    {
        var blocks = document.Skip(1).ToList();
        var bodyLine = blocks.FirstOrDefault()?.Line + 1 ?? document[0].Line + 1;
        var searchFrom = 0;
        foreach (var section in ContentRules.PrincipleSections)
        {
            var index = blocks.FindIndex(searchFrom, b => b is HeadingBlock { Level: 2 } h && HeadingText(h) == section);
            if (index < 0)
            {
                var existsEarlier = blocks.Exists(b => b is HeadingBlock { Level: 2 } h && HeadingText(h) == section);
                file.Error(bodyLine, existsEarlier
                    ? $"Section '## {section}' is out of order; the sections are: {string.Join(", ", ContentRules.PrincipleSections)}."
                    : $"Missing section '## {section}'.");
                continue;
            }

            var heading = blocks[index];
            var next = blocks.FindIndex(index + 1, b => b is HeadingBlock { Level: <= 2 });
            var end = next < 0 ? blocks.Count : next;
            if (!blocks.Skip(index + 1).Take(end - index - 1).Any(b => b is not HeadingBlock))
            {
                file.Error(heading.Line + 1, $"Section '## {section}' has no text.");
            }

            if (section == ContentRules.PrincipleSections[1])
            {
                var levels = blocks.Skip(index + 1).Take(end - index - 1)
                    .OfType<HeadingBlock>().Where(h => h.Level == 3).Select(HeadingText).ToList();
                foreach (var level in ContentRules.LevelHeadings.Where(l => !levels.Contains(l)))
                {
                    file.Error(heading.Line + 1, $"Section '## {section}' needs a '### {level}' heading.");
                }
            }

            searchFrom = index + 1;
        }
    }

    private sealed record LoadedExample(ExampleAnswer Value, int PrincipleLine);

    private static LoadedExample ReadExample(MarkdownDocument document, YamlFields fields, SourceFile file)
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

    private static Article ReadArticle(MarkdownDocument document, YamlFields fields, SourceFile file, bool requireOrder)
    {
        fields.RejectUnknown("slug", "title", "summary", "order");
        var slug = ReadSlug(fields, file);
        var title = fields.Required("title");
        var summary = fields.Required("summary");
        var order = requireOrder || fields.Has("order") ? fields.RequiredInt("order") : 0;
        if (document.Count < 2)
        {
            file.Error(document[0].Line + 1, "The body is empty.");
        }

        return new Article(slug, title, summary, order, RenderHtml(document), file.RelativePath);
    }

    private static string RenderHtml(MarkdownDocument document)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        AccessibleHtml.Use(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    private static string HeadingText(HeadingBlock heading)
    {
        var text = new StringBuilder();
        FlattenPlain(heading.Inline, text, out _);
        return TextStats.NormalizeWhitespace(text.ToString());
    }

    /// <summary>Appends an inline run as plain text; false (with the offending inline) if it carries formatting.</summary>
    private static bool FlattenPlain(ContainerInline? container, StringBuilder text, out Inline? formatted)
    {
        formatted = null;
        for (var inline = container?.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content);
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded);
                    break;
                default:
                    formatted = inline;
                    return false;
            }
        }

        return true;
    }
}
