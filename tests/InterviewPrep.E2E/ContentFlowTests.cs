namespace InterviewPrep.E2E;

[Collection(BrowserTests.Name)]
public sealed partial class ContentFlowTests(BrowserFixture fixture)
{
    [Fact]
    public async Task HomePageShowsTheNavigationAndLeadsToThePrinciples()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/");
        var chrome = new SiteChrome(page);

        await Expect(chrome.Heading).ToContainTextAsync("Be ready for the follow-up");
        await Expect(page.Locator("#blazor-error-ui")).ToBeHiddenAsync();
        await Expect(page.Locator(".site-header")).ToHaveCSSAsync("display", "block");
        foreach (var link in new[] { "Principles", "Examples", "Questions", "My stories", "Practice" })
        {
            await Expect(chrome.MainNav.GetByRole(AriaRole.Link, new() { Name = link, Exact = true })).ToBeVisibleAsync();
        }

        await chrome.NavigateAsync("Principles");
        await Expect(chrome.Heading).ToHaveTextAsync("Leadership principles");
        await Expect(page.Locator(".principle-card")).ToHaveCountAsync(17);
    }

    [Fact]
    public async Task AReaderOpensAPrincipleFollowsItToAnExampleAndMovesFromANoteToItsPhrase()
    {
        var page = await fixture.NewPageAsync();
        var principle = new PrinciplePage(page);
        await principle.OpenAsync("dive-deep");
        await Expect(new SiteChrome(page).Heading).ToHaveTextAsync("Dive Deep");
        Assert.True(await principle.Questions.CountAsync() >= 6);

        await principle.ExampleLinks.Filter(new() { HasText = "Weak answer" }).First.ClickAsync();
        await page.WaitForURLAsync(ExampleUrl());
        var example = new ExamplePage(page);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Why this is weak" })).ToBeVisibleAsync();
        Assert.True(await example.Notes.CountAsync() >= 4);

        await example.NoteQuoteLink(3).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("#phrase-3$"));
        await Expect(example.Phrase(3)).ToBeInViewportAsync();
        var phraseText = await example.Phrase(3).TextContentAsync();
        await Expect(example.Note(3).Locator(".note-quote")).ToHaveTextAsync(new Regex($"^{Regex.Escape($"\"{phraseText}\"")} \\(go to phrase 3 in the answer\\)$"));

        await example.NoteReference(3).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("#note-3$"));
        await Expect(example.Note(3)).ToBeInViewportAsync();
    }

    [Fact]
    public async Task NotesAreReachableByKeyboard()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("examples?principle=dive-deep&verdict=strong");
        await page.Locator("a.example-card").First.ClickAsync();
        await page.WaitForURLAsync(ExampleUrl());

        var firstReference = new ExamplePage(page).NoteReference(1);
        await firstReference.FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(new Regex("#note-1$"));
    }

    [Fact]
    public async Task SearchFromTheHeaderGroupsResultsByType()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/");

        await new SiteChrome(page).SearchAsync("baseline");

        await Expect(page.Locator(".search-group h2").First).ToBeVisibleAsync();
        var groups = await page.Locator(".search-group h2").AllTextContentsAsync();
        Assert.Contains(groups, g => g.StartsWith("Principles", StringComparison.Ordinal));
        Assert.Contains(groups, g => g.StartsWith("Example answers", StringComparison.Ordinal));
        await page.Locator(".search-results a").First.ClickAsync();
        await Expect(page.Locator("h1")).Not.ToHaveTextAsync("Search");
    }

    [Fact]
    public async Task AnUnknownAddressShowsTheFriendlyNotFoundPage()
    {
        var page = await fixture.NewPageAsync();

        var response = await page.GotoAsync("this/does/not/exist");

        Assert.Equal(404, response!.Status);
        await Expect(page.Locator("h1")).ToHaveTextAsync("We could not find that page");
    }

    [Theory]
    [InlineData("home", "/", 1280)]
    [InlineData("home", "/", 390)]
    [InlineData("principle", "principles/bias-for-action", 1280)]
    [InlineData("principle", "principles/bias-for-action", 390)]
    [InlineData("example", "examples/bias-for-action-strong-kafka-disk", 1280)]
    [InlineData("example", "examples/bias-for-action-strong-kafka-disk", 390)]
    public async Task PagesFitTheScreenAtDesktopAndPhoneWidths(string name, string url, int width)
    {
        var page = await fixture.NewPageAsync(width, 900);
        await page.GotoAsync(url);

        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"{url} is {overflow}px wider than a {width}px screen.");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"{name}-{width}.png"), FullPage = true });
    }

    [GeneratedRegex(@"/examples/[a-z0-9-]+$")]
    private static partial Regex ExampleUrl();
}
