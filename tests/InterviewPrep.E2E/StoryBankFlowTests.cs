using InterviewPrep.Web.Services;

namespace InterviewPrep.E2E;

[Collection(BrowserTests.Name)]
public sealed partial class StoryBankFlowTests(BrowserFixture fixture)
{
    private const string Situation = "Our checkout service timed out for one merchant every Monday morning.";

    [Fact]
    public async Task ANewUserWritesAStoryLosesTheConnectionMidTypingAndKeepsEveryWord()
    {
        var page = await fixture.NewPageAsync();
        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        await new AccountPages(page).RegisterAsync();
        var editor = new StoryEditorPage(page);
        await editor.OpenNewAsync();

        await editor.Title.FillAsync("Monday checkout timeouts");
        await editor.Part("Situation").FillAsync(Situation);
        await editor.SaveAsync();
        await page.WaitForURLAsync(EditUrl());
        await editor.WaitUntilReadyAsync();
        await Expect(editor.Status).ToContainTextAsync("All changes saved");

        await editor.Part("Action").PressSequentiallyAsync("I traced the slow requests to a cron job ");
        await page.Context.SetOfflineAsync(true);
        await editor.Part("Action").PressSequentiallyAsync("that rebuilt the merchant cache at nine.");
        await page.Context.SetOfflineAsync(false);
        await page.ReloadAsync();
        await editor.WaitUntilReadyAsync();

        await Expect(editor.Part("Action")).ToHaveValueAsync("I traced the slow requests to a cron job that rebuilt the merchant cache at nine.");
        await Expect(editor.Part("Situation")).ToHaveValueAsync(Situation);
        await Expect(editor.Title).ToHaveValueAsync("Monday checkout timeouts");

        await editor.SaveAsync();
        await Expect(editor.Status).ToContainTextAsync("All changes saved");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "story-editor-1280.png"), FullPage = true });
        await page.SetViewportSizeAsync(390, 900);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "story-editor-390.png"), FullPage = true });
        await page.GotoAsync($"stories/{editor.StoryIdFromUrl()}");
        var action = page.Locator(".star-part", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Action" }) });
        await Expect(action.Locator(".story-text")).ToHaveTextAsync("I traced the slow requests to a cron job that rebuilt the merchant cache at nine.");
    }

    [Fact]
    public async Task TwoTabsEditTheSameStoryAndTheSecondSaveShowsTheConflictWithoutLosingEitherVersion()
    {
        var first = await fixture.NewPageAsync();
        first.Dialog += (_, dialog) => dialog.AcceptAsync();
        await new AccountPages(first).RegisterAsync();
        var firstEditor = new StoryEditorPage(first);
        await firstEditor.OpenNewAsync();
        await firstEditor.Title.FillAsync("Pagination rewrite");
        await firstEditor.Part("Situation").FillAsync("The orders API returned duplicates across pages.");
        await firstEditor.SaveAsync();
        await first.WaitForURLAsync(EditUrl());
        await firstEditor.WaitUntilReadyAsync();
        var id = firstEditor.StoryIdFromUrl();

        var second = await first.Context.NewPageAsync();
        second.Dialog += (_, dialog) => dialog.AcceptAsync();
        var secondEditor = new StoryEditorPage(second);
        await secondEditor.OpenAsync(id);

        await firstEditor.Part("Result").FillAsync("Duplicates fell from 3% of pages to zero, measured over a week of logs.");
        await firstEditor.SaveAsync();
        await Expect(firstEditor.Status).ToContainTextAsync("All changes saved");

        await secondEditor.Part("Result").FillAsync("Support tickets about duplicates stopped.");
        await secondEditor.SaveAsync();

        await Expect(secondEditor.ConflictPanel).ToBeVisibleAsync();
        await Expect(secondEditor.ConflictPanel).ToContainTextAsync("Duplicates fell from 3% of pages to zero");
        await Expect(secondEditor.ConflictPanel).ToContainTextAsync("Support tickets about duplicates stopped.");

        await second.GetByRole(AriaRole.Button, new() { Name = "Keep my version" }).ClickAsync();
        await Expect(secondEditor.ConflictPanel).ToBeHiddenAsync();
        await Expect(secondEditor.Status).ToContainTextAsync("All changes saved");

        await second.GotoAsync($"stories/{id}/history");
        var revisions = second.Locator(".revision-list li a");
        var texts = new List<string>();
        for (var i = 1; i < await revisions.CountAsync(); i++)
        {
            await revisions.Nth(i).ClickAsync();
            texts.Add(await second.Locator(".story-view").InnerTextAsync());
            await second.GoBackAsync();
        }

        Assert.Contains(texts, t => t.Contains("Duplicates fell from 3% of pages to zero", StringComparison.Ordinal));
        await second.GotoAsync($"stories/{id}");
        await Expect(second.Locator(".story-view")).ToContainTextAsync("Support tickets about duplicates stopped.");
    }

    [Fact]
    public async Task WriteAStoryForAQuestionPrefillsTheEditor()
    {
        var page = await fixture.NewPageAsync();
        await new AccountPages(page).RegisterAsync();
        await page.GotoAsync("questions?q=metric");

        await page.GetByRole(AriaRole.Link, new() { Name = "Write a story for this" }).First.ClickAsync();
        var editor = new StoryEditorPage(page);
        await editor.WaitUntilReadyAsync();

        var checkedPrinciples = page.Locator("fieldset.picker").First.Locator("input:checked");
        await Expect(checkedPrinciples).ToHaveCountAsync(1);
        await Expect(page.Locator("fieldset.picker").Nth(1).Locator("input:checked")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task PastingFortyKilobytesIntoAFieldGivesAClearMessageAndKeepsTheCircuitAlive()
    {
        var page = await fixture.NewPageAsync();
        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        await new AccountPages(page).RegisterAsync();
        var editor = new StoryEditorPage(page);
        await editor.OpenNewAsync();
        var pasted = string.Concat(Enumerable.Repeat("I measured the queue depth again. ", 1250));

        await editor.Title.FillAsync("A very long action");
        await editor.Part("Action").FillAsync(pasted);
        await editor.SaveAsync();

        await Expect(page.Locator("#error-action")).ToContainTextAsync("the limit is 10,000");
        await Expect(editor.Part("Action")).ToHaveValueAsync(pasted);
        await Expect(editor.Status).Not.ToContainTextAsync("Draft saved");
        await Expect(page.Locator("#components-reconnect-modal")).Not.ToBeVisibleAsync();

        await editor.Part("Action").FillAsync("I measured the queue depth again.");
        await editor.SaveAsync();
        await page.WaitForURLAsync(EditUrl());
        await editor.WaitUntilReadyAsync();
        await Expect(editor.Part("Action")).ToHaveValueAsync("I measured the queue depth again.");
        Assert.True(pasted.Length > 40_000);
    }

    [Fact]
    public async Task APasteTooLargeForOneCircuitMessageIsRefusedWithANoteAndTheCircuitStaysAlive()
    {
        var page = await fixture.NewPageAsync();
        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        await new AccountPages(page).RegisterAsync();
        var editor = new StoryEditorPage(page);
        await editor.OpenNewAsync();
        // 33,000 characters, 99 KB in UTF-8: more than the circuit's 64 KB message.
        var huge = string.Concat(Enumerable.Repeat("我重新测量了队列深度。", 3000));

        await editor.Title.FillAsync("Queue depth");
        await editor.Part("Action").FillAsync("I measured the queue depth.");
        await page.EvaluateAsync("text => navigator.clipboard.writeText(text)", huge);
        await editor.Part("Action").FocusAsync();
        await page.Keyboard.PressAsync("Control+V");

        await Expect(page.Locator("#size-action")).ToContainTextAsync("That paste was not added");
        await Expect(editor.Part("Action")).ToHaveValueAsync("I measured the queue depth.");
        await Expect(page.Locator("#components-reconnect-modal")).Not.ToBeVisibleAsync();

        await editor.Part("Action").PressSequentiallyAsync(" Twice.");
        await Expect(page.Locator("#size-action")).ToBeEmptyAsync();
        await editor.SaveAsync();
        await page.WaitForURLAsync(EditUrl());
        await editor.WaitUntilReadyAsync();
        await Expect(editor.Part("Action")).ToHaveValueAsync("I measured the queue depth. Twice.");
    }

    [Fact]
    public async Task ALargeUnsavedDraftInAnyScriptStillOpensInAWorkingEditor()
    {
        var page = await fixture.NewPageAsync();
        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        await new AccountPages(page).RegisterAsync();
        var editor = new StoryEditorPage(page);
        await editor.OpenNewAsync();
        // Three fields at their limit of 10,000 characters: too large to hand to the circuit, so the editor reads it again.
        var pasted = string.Concat(Enumerable.Repeat("我重新测量了队列深度。", 909));

        await editor.Title.FillAsync("队列深度");
        foreach (var part in new[] { "Action", "Result", "Reflection" })
        {
            await editor.Part(part).FillAsync(pasted);
        }

        await Expect(editor.Status).ToContainTextAsync("Draft saved");
        await page.ReloadAsync();
        await editor.WaitUntilReadyAsync();

        await Expect(editor.Part("Action")).ToHaveValueAsync(pasted);
        await Expect(editor.Part("Reflection")).ToHaveValueAsync(pasted);
        await Expect(page.Locator("#components-reconnect-modal")).Not.ToBeVisibleAsync();
        await editor.Part("Situation").FillAsync("The queue kept growing.");
        await Expect(editor.Status).ToContainTextAsync("Draft saved");
    }

    [Fact]
    public async Task StoryPagesFitDesktopAndPhoneScreens()
    {
        var page = await fixture.NewPageAsync();
        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        await new AccountPages(page).RegisterAsync();
        var editor = new StoryEditorPage(page);
        await editor.OpenNewAsync();
        await editor.Title.FillAsync("Refund timeouts nobody could reproduce");
        await page.GetByLabel("Dive Deep").CheckAsync();
        await page.Locator("fieldset.picker").Nth(1).Locator("input").First.CheckAsync();
        await editor.Part("Situation").FillAsync("One merchant saw refunds time out every Monday while our dashboards stayed green.");
        await editor.Part("Action").FillAsync("I pulled their raw request logs, found a cron job rebuilding the cache at nine, and moved it to a quiet hour after checking the load graph.");
        await editor.Part("Result").FillAsync("Refund timeouts for that merchant fell from 14 a week to zero over the next month.");
        await editor.SaveAsync();
        await page.WaitForURLAsync(EditUrl());
        var id = editor.StoryIdFromUrl();

        foreach (var width in new[] { 1280, 390 })
        {
            await page.SetViewportSizeAsync(width, 900);
            foreach (var (name, url) in new[] { ("stories", "stories"), ("story", $"stories/{id}"), ("coverage", "stories/coverage"), ("account", "Account/Manage") })
            {
                await page.GotoAsync(url);
                var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
                var culprits = overflow <= 0 ? string.Empty : await page.EvaluateAsync<string>(
                    "() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1).slice(0, 5).map(e => e.tagName + '.' + e.className).join(', ')");
                Assert.True(overflow <= 0, $"{url} is {overflow}px wider than a {width}px screen: {culprits}");
                await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"{name}-{width}.png"), FullPage = true });
            }
        }
    }

    [GeneratedRegex(@"/stories/\d+/edit$")]
    private static partial Regex EditUrl();
}
