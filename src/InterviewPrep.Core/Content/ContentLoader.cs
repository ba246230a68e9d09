using System.Text;
using InterviewPrep.Core.Critique;
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
public static partial class ContentLoader
{
    public const string PrinciplesFolder = "principles";
    public const string ExamplesFolder = "examples";
    public const string GuidesFolder = "guides";
    public const string PagesFolder = "pages";

    /// <summary>
    /// Only what the content uses: front matter, heading ids (the principle pages link to their sections), tables and
    /// task lists. Raw HTML is off, and <see cref="CheckLinks"/> allows only http, https, mailto and relative links.
    /// </summary>
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UseAutoIdentifiers()
        .UsePipeTables()
        .UseTaskLists()
        .DisableHtml()
        .Build();

    private static readonly string[] LinkSchemes = ["http", "https", "mailto"];

    /// <summary>Loads and validates every file under <paramref name="rootPath"/>, the content folder.</summary>
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
            CheckSpelling(text, file);
            var document = Markdown.Parse(text, Pipeline);
            if (document.FirstOrDefault() is not YamlFrontMatterBlock frontMatter)
            {
                file.Error(1, "The file must start with YAML front matter: a '---' line, the fields, and a closing '---' line.");
                continue;
            }

            CheckLinks(document, file);
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

    /// <summary>A link or image may point at the web, an email address or a page of the site, nothing else.</summary>
    private static void CheckLinks(MarkdownDocument document, SourceFile file)
    {
        foreach (var link in document.Descendants<LinkInline>())
        {
            var url = link.Url ?? string.Empty;
            var colon = url.IndexOf(':', StringComparison.Ordinal);
            var slash = url.IndexOfAny(['/', '?', '#']);
            var hasScheme = colon > 0 && (slash < 0 || colon < slash);
            if ((hasScheme && !LinkSchemes.Contains(url[..colon].Trim().ToLowerInvariant())) || url.StartsWith("//", StringComparison.Ordinal))
            {
                file.Error(link.Line + 1, $"The link '{url}' is not allowed: use http, https, mailto or a path on this site.");
            }
        }
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
