namespace InterviewPrep.Web.Tests.Features;

public sealed class ContentPagesTests(TestAppFactory factory) : IClassFixture<TestAppFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task PrinciplePageShowsItsGuideQuestionsProbesTrapsAndExamples()
    {
        var (response, page) = await HtmlPage.GetAsync(_client, "/principles/dive-deep");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Dive Deep", page.QuerySelector("h1")!.TextContent);
        Assert.NotNull(page.QuerySelector("h2#what-the-interviewer-is-really-testing"));
        Assert.True(page.QuerySelectorAll("#questions ~ ol li, section[aria-labelledby=questions] li").Length >= 6);
        Assert.True(page.QuerySelectorAll(".probe").Length >= 6);
        Assert.True(page.QuerySelectorAll(".trap").Length >= 3);
        var examples = page.QuerySelectorAll("section[aria-labelledby=examples] a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains(examples, href => href!.StartsWith("examples/dive-deep-strong-", StringComparison.Ordinal));
        Assert.Contains(examples, href => href!.StartsWith("examples/dive-deep-weak-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CompanyFilterShowsOnlyPrinciplesThatCompanyTests()
    {
        var (_, all) = await HtmlPage.GetAsync(_client, "/principles");
        var (_, microsoft) = await HtmlPage.GetAsync(_client, "/principles?company=Microsoft");

        var cards = microsoft.QuerySelectorAll(".principle-card");
        Assert.InRange(cards.Length, 1, all.QuerySelectorAll(".principle-card").Length - 1);
        Assert.All(cards, card => Assert.Contains(card.QuerySelectorAll(".tag.company"), t => t.TextContent.StartsWith("Microsoft:", StringComparison.Ordinal)));
        Assert.Contains(cards, card => card.QuerySelector("h2")!.TextContent == "Growth Mindset");
    }

    [Fact]
    public async Task ExampleFiltersCombineVerdictLevelAndPrinciple()
    {
        var (_, weakMid) = await HtmlPage.GetAsync(_client, "/examples?verdict=weak&level=mid");
        var (_, diveDeep) = await HtmlPage.GetAsync(_client, "/examples?principle=dive-deep");

        var cards = weakMid.QuerySelectorAll(".example-card");
        Assert.NotEmpty(cards);
        Assert.All(cards, card =>
        {
            Assert.Contains(card.QuerySelectorAll(".tag"), t => t.TextContent == "Weak answer");
            Assert.Contains(card.QuerySelectorAll(".tag"), t => t.TextContent == "Mid level");
        });
        Assert.All(diveDeep.QuerySelectorAll(".example-card"), card => Assert.StartsWith("examples/dive-deep-", card.GetAttribute("href"), StringComparison.Ordinal));
    }

    [Fact]
    public async Task ExamplePageHighlightsEveryAnnotatedPhraseAndLinksItToItsNoteBothWays()
    {
        var (_, list) = await HtmlPage.GetAsync(_client, "/examples?principle=dive-deep&verdict=weak");
        var href = list.QuerySelector(".example-card")!.GetAttribute("href")!;

        var (response, page) = await HtmlPage.GetAsync(_client, "/" + href);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Why this is weak", page.QuerySelector("#notes-heading")!.TextContent);
        var notes = page.QuerySelectorAll(".note-list > li");
        Assert.True(notes.Length >= 4);
        for (var number = 1; number <= notes.Length; number++)
        {
            var note = page.QuerySelector($"li#note-{number}")!;
            var quote = note.QuerySelector(".note-quote")!;
            Assert.EndsWith($"#phrase-{number}", quote.GetAttribute("href"), StringComparison.Ordinal);
            var mark = page.QuerySelector($"mark#phrase-{number}")!;
            var visibleQuote = quote.TextContent[..^quote.QuerySelector(".visually-hidden")!.TextContent.Length];
            Assert.Equal(visibleQuote.Trim('"'), mark.TextContent);
            Assert.EndsWith($"#note-{number}", mark.NextElementSibling!.GetAttribute("href"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AnExampleWithATranscriptShowsEachFollowUpAfterTheAnswerWithNotesNumberedOnFromTheAnswers()
    {
        var example = factory.Services.GetRequiredService<ContentStore>().Current.Examples.First(e => e.Transcript.Count > 0);

        var (_, page) = await HtmlPage.GetAsync(_client, $"/examples/{example.Slug}");

        var notesHeading = page.QuerySelector("#notes-heading")!.TextContent;
        Assert.Equal(["The answer", notesHeading, "Under follow-up questions"], page.QuerySelectorAll("article h2").Select(h => h.TextContent));
        var turns = page.QuerySelectorAll(".follow-ups ol.turns > li");
        Assert.Equal(example.Transcript.Select(t => t.Probe), turns.Select(t => t.QuerySelector(".interviewer-question p:last-child")!.TextContent));
        Assert.Equal(example.Transcript.Select(t => t.Reply.Text), turns.Select(t => string.Concat(t.QuerySelector("p.answer-paragraph")!.ChildNodes
            .Where(n => n is not AngleSharp.Dom.IElement { LocalName: "a" }).Select(n => n.TextContent))));
        var numbers = example.Transcript.SelectMany(t => t.Annotations).Select(a => a.Number).ToList();
        Assert.Equal(Enumerable.Range(example.Annotations.Count + 1, numbers.Count), numbers);
        Assert.All(numbers, n => Assert.NotNull(page.QuerySelector($".follow-ups mark#phrase-{n} + a[href$='#note-{n}']")));
        Assert.All(numbers, n => Assert.NotNull(page.QuerySelector($".follow-ups li#note-{n} a[href$='#phrase-{n}']")));
    }

    [Fact]
    public async Task AnExampleWithoutATranscriptHasNoFollowUpSection()
    {
        var example = factory.Services.GetRequiredService<ContentStore>().Current.Examples.First(e => e.Transcript.Count == 0);

        var (_, page) = await HtmlPage.GetAsync(_client, $"/examples/{example.Slug}");

        Assert.NotNull(page.QuerySelector("#notes-heading"));
        Assert.Null(page.QuerySelector(".follow-ups"));
    }

    [Fact]
    public async Task QuestionSearchKeepsOnlyQuestionsWithEveryWord()
    {
        var (_, page) = await HtmlPage.GetAsync(_client, "/questions?q=customer");

        var questions = page.QuerySelectorAll(".question-list li");
        Assert.NotEmpty(questions);
        Assert.All(questions, q => Assert.Contains("customer", q.TextContent, StringComparison.OrdinalIgnoreCase));
        var (_, all) = await HtmlPage.GetAsync(_client, "/questions");
        Assert.True(all.QuerySelectorAll(".question-list li").Length >= 17 * 6);
    }

    [Fact]
    public async Task SiteSearchGroupsResultsByType()
    {
        var (_, page) = await HtmlPage.GetAsync(_client, "/search?q=baseline");

        var groups = page.QuerySelectorAll(".search-group h2").Select(h => h.TextContent.Split(' ')[0]).ToList();
        Assert.Contains("Principles", groups);
        Assert.Contains("Example", groups);
        Assert.Contains("Guides", groups);
        Assert.All(page.QuerySelectorAll(".search-results a"), a => Assert.False(string.IsNullOrEmpty(a.GetAttribute("href"))));
    }

    [Fact]
    public async Task GuidePageRendersItsMarkdown()
    {
        var (response, page) = await HtmlPage.GetAsync(_client, "/guides/star-method");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(page.QuerySelectorAll(".prose h2").Length >= 2);
    }
}
