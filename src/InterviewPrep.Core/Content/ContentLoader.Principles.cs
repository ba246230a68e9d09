using Markdig.Syntax;

namespace InterviewPrep.Core.Content;

/// <summary>Reading one principle file: its front matter and the sections its body must have.</summary>
public static partial class ContentLoader
{
    private sealed record LoadedPrinciple(Principle Value, IReadOnlyList<(string Slug, int Line)> RelatedLines);

    private static LoadedPrinciple ReadPrinciple(MarkdownDocument document, YamlFields fields, SourceFile file)
    {
        fields.RejectUnknown("slug", "title", "summary", "order", "companies", "related", "critique", "questions", "probes", "traps");
        var slug = ReadSlug(fields, file);
        var title = fields.Required("title");
        var summary = fields.Required("summary");
        var order = fields.RequiredInt("order");
        var companies = fields.List("companies", 1, ReadCompany);
        var related = fields.OptionalSlugList("related");
        var checks = fields.OptionalEnumList<CritiqueCheck>("critique");

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
            questions, probes, traps, checks, RenderHtml(document), file.RelativePath);
        return new LoadedPrinciple(principle, related);
    }

    /// <summary>A company mapping, with the page that says so and the date it was checked.</summary>
    private static CompanyName ReadCompany(YamlFields fields)
    {
        fields.RejectUnknown("company", "name", "source", "checked");
        return new CompanyName(
            fields.Required("company"), fields.Required("name"), fields.RequiredHttpsUrl("source"), fields.RequiredIsoDate("checked"));
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
}
