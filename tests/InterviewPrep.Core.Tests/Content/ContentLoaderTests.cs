using InterviewPrep.Tests;

namespace InterviewPrep.Core.Tests.Content;

public sealed class ContentLoaderTests : IDisposable
{
    private readonly SampleContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public void ValidSamplesLoadWithoutErrors()
    {
        _content.Write("principles/dive-deep.md", SampleContent.Principle());
        _content.Write("examples/dive-deep-weak-invoice-export.md", SampleContent.Example());

        var catalog = ContentLoader.Load(_content.Root);

        Assert.Empty(catalog.Errors);
        var principle = Assert.Single(catalog.Principles);
        Assert.Equal(6, principle.Questions.Count);
        Assert.Equal("dive-deep/question-1", principle.Questions[0].Key);
        Assert.Contains("<h2 id=\"what-the-interviewer-is-really-testing\">", principle.Html, StringComparison.Ordinal);
        var example = Assert.Single(catalog.Examples);
        Assert.Equal([StarPart.Situation, StarPart.Task, StarPart.Action, StarPart.Result], example.Sections.Select(s => s.Part));
        Assert.Equal(Level.Mid, example.Level);
        Assert.Equal(Verdict.Weak, example.Verdict);
    }

    [Fact]
    public void AnnotationsAreNumberedInTheOrderTheirPhrasesAppear()
    {
        _content.Write("principles/dive-deep.md", SampleContent.Principle());
        _content.Write("examples/dive-deep-weak-invoice-export.md", SampleContent.Example());

        var example = Assert.Single(ContentLoader.Load(_content.Root).Examples);

        Assert.Equal(["We went through the job's output", "it was probably a timeout", "added retries around the upload step", "a lot more stable"], example.Annotations.Select(a => a.Quote));
        Assert.Equal([1, 2, 3, 4], example.Annotations.Select(a => a.Number));
        var action = example.Sections.Single(s => s.Part == StarPart.Action).Paragraphs.Single();
        Assert.Equal(
            [(0, "We went through the job's output", 1), (76, "it was probably a timeout", 2), (159, "added retries around the upload step", 3)],
            action.Highlights.Select(h => (h.Start, action.Text.Substring(h.Start, h.Length), h.Number)));
    }

    [Fact]
    public void MalformedYamlNamesTheFileAndLine()
    {
        var text = SampleContent.Principle().Replace("title: Dive Deep", "title: [Dive Deep", StringComparison.Ordinal);
        _content.Write("principles/dive-deep.md", text);

        var error = Assert.Single(ContentLoader.Load(_content.Root).Errors);

        Assert.Equal("principles/dive-deep.md", error.File);
        Assert.InRange(error.Line, 3, 5);
        Assert.StartsWith("Malformed YAML", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingRequiredFieldIsReportedAtTheFrontMatter()
    {
        _content.Write("principles/dive-deep.md", SampleContent.Principle().Replace("summary: \"Know the details.\"\n", string.Empty, StringComparison.Ordinal));

        var catalog = ContentLoader.Load(_content.Root);

        var error = Assert.Single(catalog.Errors);
        Assert.Equal("principles/dive-deep.md:2: Missing required field 'summary'.", error.ToString());
        Assert.Empty(catalog.Principles);
    }

    [Fact]
    public void UnknownPrincipleSlugInAnExampleIsReportedOnItsLine()
    {
        _content.Write("principles/dive-deep.md", SampleContent.Principle());
        _content.Write("examples/dive-deep-weak-invoice-export.md", SampleContent.Example(principle: "deep-dive"));

        var catalog = ContentLoader.Load(_content.Root);

        var error = Assert.Single(catalog.Errors);
        Assert.Equal("examples/dive-deep-weak-invoice-export.md:4: Unknown principle 'deep-dive'.", error.ToString());
        Assert.Empty(catalog.Examples);
        Assert.Single(catalog.Principles);
    }

    [Fact]
    public void UnknownRelatedPrincipleIsReportedOnItsLine()
    {
        _content.Write("principles/dive-deep.md", SampleContent.Principle(related: "ownership"));

        var error = Assert.Single(ContentLoader.Load(_content.Root).Errors);

        Assert.Equal("principles/dive-deep.md:11: Related principle 'ownership' does not exist.", error.ToString());
    }

    [Fact]
    public void DuplicateSlugIsReportedOnTheSecondFile()
    {
        _content.Write("guides/star-method.md", "---\nslug: star-method\ntitle: STAR\nsummary: S\norder: 1\n---\nBody.\n");
        _content.Write("guides/star.md", "---\nslug: star-method\ntitle: STAR again\nsummary: S\norder: 2\n---\nBody.\n");

        var catalog = ContentLoader.Load(_content.Root);

        Assert.Contains(catalog.Errors, e => e.ToString() == "guides/star.md:2: Duplicate slug 'star-method': already used by guides/star-method.md.");
        Assert.Single(catalog.Guides);
    }

    [Fact]
    public void QuoteNotFoundInTheAnswerIsReportedOnTheAnnotation()
    {
        _content.Write("principles/dive-deep.md", SampleContent.Principle());
        _content.Write("examples/dive-deep-weak-invoice-export.md", SampleContent.Example(quotes: ["added retries around the upload step", "We went through the job's output", "a lot more stable", "proper caching"]));

        var error = Assert.Single(ContentLoader.Load(_content.Root).Errors);

        Assert.Equal("examples/dive-deep-weak-invoice-export.md", error.File);
        Assert.Equal(17, error.Line);
        Assert.Contains("\"proper caching\" is not found", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void QuoteFoundTwiceIsReportedOnTheAnnotation()
    {
        _content.Write("principles/dive-deep.md", SampleContent.Principle());
        _content.Write("examples/dive-deep-weak-invoice-export.md", SampleContent.Example(quotes: ["added retries around the upload step", "We went through the job's output", "a lot more stable", "the"]));

        var error = Assert.Single(ContentLoader.Load(_content.Root).Errors);

        Assert.Equal(17, error.Line);
        Assert.Contains("\"the\" is found", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TooFewQuestionsProbesOrTrapsAreReportedOnTheirField()
    {
        _content.Write("principles/dive-deep.md", SampleContent.Principle(questions: 5, probes: 4, traps: 2));

        var errors = ContentLoader.Load(_content.Root).Errors.Select(e => e.ToString()).ToList();

        Assert.Equal(
        [
            "principles/dive-deep.md:11: 'questions' has 5 item(s); at least 6 are required.",
            "principles/dive-deep.md:22: 'probes' has 4 item(s); at least 6 are required.",
            "principles/dive-deep.md:31: 'traps' has 2 item(s); at least 3 are required.",
        ], errors);
    }

    [Fact]
    public void TooFewAnnotationsAreReported()
    {
        _content.Write("principles/dive-deep.md", SampleContent.Principle());
        _content.Write("examples/dive-deep-weak-invoice-export.md", SampleContent.Example(quotes: ["added retries around the upload step", "a lot more stable", "it was probably a timeout"]));

        var error = Assert.Single(ContentLoader.Load(_content.Root).Errors);

        Assert.Equal("examples/dive-deep-weak-invoice-export.md:10: 'annotations' has 3 item(s); at least 4 are required.", error.ToString());
    }

    [Fact]
    public void MissingPrincipleSectionAndLevelAreReported()
    {
        var body = SampleContent.PrincipleBody
            .Replace("## How to pick a story", "## Picking", StringComparison.Ordinal)
            .Replace("### Principal", "### Staff", StringComparison.Ordinal);
        _content.Write("principles/dive-deep.md", SampleContent.Principle(body: body));

        var messages = ContentLoader.Load(_content.Root).Errors.Select(e => e.Message).ToList();

        Assert.Contains("Section '## How it is scored at each level' needs a '### Principal' heading.", messages);
        Assert.Contains("Missing section '## How to pick a story'.", messages);
    }

    [Fact]
    public void AnswerWithoutAResultOrWithFormattingIsReported()
    {
        var body = SampleContent.ExampleBody
            .Replace("## Result", "## Reflection", StringComparison.Ordinal)
            .Replace("make the export reliable", "make the export **reliable**", StringComparison.Ordinal);
        _content.Write("principles/dive-deep.md", SampleContent.Principle());
        _content.Write("examples/dive-deep-weak-invoice-export.md", SampleContent.Example(body: body));

        var errors = ContentLoader.Load(_content.Root).Errors.Select(e => e.ToString()).ToList();

        Assert.Contains("examples/dive-deep-weak-invoice-export.md:26: Answer paragraphs must be plain text: no emphasis, links or code.", errors);
        Assert.Contains(errors, e => e.EndsWith("Missing '## Result' section in the answer.", StringComparison.Ordinal));
    }

    [Fact]
    public void UnknownFieldAndBadLevelAreReportedOnTheirLines()
    {
        var text = SampleContent.Example()
            .Replace("level: mid", "level: staff", StringComparison.Ordinal)
            .Replace("role: Backend engineer", "role: Backend engineer\nteam: Payments", StringComparison.Ordinal);
        _content.Write("principles/dive-deep.md", SampleContent.Principle());
        _content.Write("examples/dive-deep-weak-invoice-export.md", text);

        var errors = ContentLoader.Load(_content.Root).Errors.Select(e => e.ToString()).ToList();

        Assert.Contains("examples/dive-deep-weak-invoice-export.md:5: Field 'level' must be one of: entry, mid, senior, principal; found 'staff'.", errors);
        Assert.Contains(errors, e => e.StartsWith("examples/dive-deep-weak-invoice-export.md:9: Unknown field 'team'.", StringComparison.Ordinal));
    }

    [Fact]
    public void APrincipleAsksForExtraCritiqueChecksInItsFrontMatter()
    {
        _content.Write("principles/dive-deep.md", SampleContent.Principle(critique: "[reversibility]"));
        _content.Write("principles/ownership.md", SampleContent.Principle(slug: "ownership"));

        var catalog = ContentLoader.Load(_content.Root);

        Assert.Empty(catalog.Errors);
        Assert.Equal([CritiqueCheck.Reversibility], catalog.FindPrinciple("dive-deep")!.Checks);
        Assert.Empty(catalog.FindPrinciple("ownership")!.Checks);
    }

    [Fact]
    public void AnUnknownCritiqueCheckIsReportedOnItsLine()
    {
        _content.Write("principles/dive-deep.md", SampleContent.Principle(critique: "\n  - reversibility\n  - reversability"));

        var catalog = ContentLoader.Load(_content.Root);

        var error = Assert.Single(catalog.Errors);
        Assert.Equal("principles/dive-deep.md:13: Unknown value 'reversability' in 'critique'. Use one of: reversibility.", error.ToString());
        Assert.Empty(catalog.Principles);
    }

    [Theory]
    [InlineData("reversibility", "principles/dive-deep.md:11: Field 'critique' must be a list.")]
    [InlineData("[reversibility, reversibility]", "principles/dive-deep.md:11: Value 'reversibility' appears more than once in 'critique'.")]
    public void TheCritiqueFieldIsAListOfDistinctChecks(string value, string expected)
    {
        _content.Write("principles/dive-deep.md", SampleContent.Principle(critique: value));

        var error = Assert.Single(ContentLoader.Load(_content.Root).Errors);

        Assert.Equal(expected, error.ToString());
    }

    [Fact]
    public void FileWithoutFrontMatterIsReportedOnLineOne()
    {
        _content.Write("guides/notes.md", "# Just notes\n");

        var error = Assert.Single(ContentLoader.Load(_content.Root).Errors);

        Assert.Equal("guides/notes.md", error.File);
        Assert.Equal(1, error.Line);
    }

    [Fact]
    public void BrokenFileIsSkippedAndTheRestStillLoads()
    {
        _content.Write("principles/dive-deep.md", SampleContent.Principle());
        _content.Write("principles/ownership.md", SampleContent.Principle(slug: "ownership", questions: 2));

        var catalog = ContentLoader.Load(_content.Root);

        Assert.Equal(["dive-deep"], catalog.Principles.Select(p => p.Slug));
        Assert.All(catalog.Errors, e => Assert.Equal("principles/ownership.md", e.File));
    }

    [Fact]
    public void TaskListCheckboxesAreNamedByTheirItemText()
    {
        _content.Write("guides/checklist.md", "---\nslug: checklist\ntitle: Checklist\nsummary: S\norder: 1\n---\n- [ ] I know every *baseline* by heart.\n- [x] I wrote `8` stories.\n");

        var guide = Assert.Single(ContentLoader.Load(_content.Root).Guides);

        Assert.Contains("<input disabled=\"disabled\" type=\"checkbox\" aria-label=\"I know every baseline by heart.\" />", guide.Html, StringComparison.Ordinal);
        Assert.Contains("<input disabled=\"disabled\" type=\"checkbox\" checked=\"checked\" aria-label=\"I wrote 8 stories.\" />", guide.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void TablesSitInAKeyboardReachableRegionNamedByTheirColumns()
    {
        _content.Write("guides/timing.md", "---\nslug: timing\ntitle: Timing\nsummary: S\norder: 1\n---\n| Part | Time |\n|---|---|\n| Situation | 20 s |\n");

        var guide = Assert.Single(ContentLoader.Load(_content.Root).Guides);

        Assert.Matches("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"Table: Part, Time\">\\s*<table>", guide.Html);
        Assert.EndsWith("</table>\n</div>\n", guide.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void TablesWithTheSameColumnsGetDistinctRegionNames()
    {
        const string Table = "| Principle | Vote |\n|---|---|\n| Ownership | Hire |\n";
        _content.Write("guides/writeups.md", $"---\nslug: writeups\ntitle: Write-ups\nsummary: S\norder: 1\n---\n## The strong answer\n\n{Table}\n## The weak answer\n\n{Table}\n{Table}");

        var guide = Assert.Single(ContentLoader.Load(_content.Root).Guides);

        Assert.Contains("aria-label=\"Table: Principle, Vote\"", guide.Html, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"Table: Principle, Vote, under The weak answer\"", guide.Html, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"Table: Principle, Vote, under The weak answer (table 2)\"", guide.Html, StringComparison.Ordinal);
    }
}
