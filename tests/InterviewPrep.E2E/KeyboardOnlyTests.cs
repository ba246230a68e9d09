namespace InterviewPrep.E2E;

/// <summary>
/// The main journey without a mouse: Tab, Shift+Tab, Enter, Space and typing only. Every element the focus
/// lands on must show a focus ring; every step must succeed as its user would see it.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed partial class KeyboardOnlyTests(BrowserFixture fixture)
{
    private const string StoryTitle = "Refund timeouts nobody could reproduce";

    private static readonly string[] VisitorPages =
    [
        "", "principles", "principles/dive-deep", "examples", "examples/dive-deep-strong-refund-timeouts", "questions",
        "guides", "guides/star-method", "guides/building-a-story-bank", "search?q=metric", "cookies", "privacy",
        "Account/Login", "Account/Register", "no-such-page",
    ];

    [Fact]
    public async Task ACandidateRegistersWritesAStoryAndAnswersAPracticeQuestionWithTheKeyboardAlone()
    {
        var page = await fixture.NewPageAsync();
        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        var keys = new KeyboardUser(page);
        var header = new SiteChrome(page);
        await page.GotoAsync("");

        // The page puts focus on its h1, so the banner and the header are reached with Shift+Tab.
        var banner = new ConsentBanner(page);
        await ConsentBanner.PostAsync(page, () => keys.ActivateAsync(banner.RejectAll));
        await Expect(banner.Region).ToBeHiddenAsync();

        // Register from the header.
        await keys.ActivateAsync(header.CreateAccount);
        await Expect(header.Heading).ToHaveTextAsync("Create an account");
        await keys.TypeIntoAsync(page.GetByLabel("Email"), $"keyboard-{Guid.NewGuid():N}@example.com");
        await keys.TypeIntoAsync(page.GetByLabel("Password", new() { Exact = true }), AccountPages.Password);
        await keys.TypeIntoAsync(page.GetByLabel("Confirm password"), AccountPages.Password);
        await keys.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Create account" }));
        await page.WaitForURLAsync(url => url.EndsWith("/stories", StringComparison.Ordinal));
        await Expect(header.AccountNav.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();

        // Write and save a story.
        await keys.ActivateAsync(page.GetByRole(AriaRole.Link, new() { Name = "New story", Exact = true }));
        var editor = new StoryEditorPage(page);
        await editor.WaitUntilReadyAsync();
        await keys.TypeIntoAsync(editor.Title, StoryTitle);
        await keys.TypeIntoAsync(editor.Part("Situation"), "One merchant saw refunds time out every Monday.");
        await keys.TypeIntoAsync(editor.Part("Action"), "I read their raw logs and moved a cache rebuild out of peak hours.");
        await keys.TypeIntoAsync(editor.Part("Result"), "Timeouts fell from 14 a week to zero.");
        var diveDeep = page.GetByLabel("Dive Deep", new() { Exact = true });
        await keys.ActivateAsync(diveDeep, "Space");
        await Expect(diveDeep).ToBeCheckedAsync();
        await keys.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Save story" }));
        await page.WaitForURLAsync(EditUrl());
        await editor.WaitUntilReadyAsync();
        await Expect(editor.Status).ToContainTextAsync("All changes saved");
        await Expect(header.Heading).ToBeFocusedAsync();

        // Back up to the main navigation, and find the story in the bank.
        await keys.ActivateAsync(header.MainNav.GetByRole(AriaRole.Link, new() { Name = "My stories" }));
        await Expect(header.Heading).ToHaveTextAsync("My stories");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = StoryTitle })).ToBeVisibleAsync();

        // Answer one practice question, skip the follow-ups, read the scorecard.
        await keys.ActivateAsync(header.MainNav.GetByRole(AriaRole.Link, new() { Name = "Practice" }));
        await page.Locator(".practice-setup[data-interactive=true]").WaitForAsync();
        var practiceDiveDeep = page.GetByLabel("Dive Deep", new() { Exact = true });
        await keys.ActivateAsync(practiceDiveDeep, "Space");
        await Expect(practiceDiveDeep).ToBeCheckedAsync();
        await keys.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Start the interview" }));
        var practice = new PracticePage(page);
        await practice.Countdown.WaitForAsync();
        await keys.TabToAsync(practice.Answer);
        await page.Keyboard.InsertTextAsync(PracticeAnswers.NoBaseline);
        await keys.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Done, hand it to the interviewer" }));
        await Expect(practice.Eyebrow).ToContainTextAsync("Follow-up 1 of");
        var skip = page.GetByRole(AriaRole.Button, new() { Name = "Skip this follow-up" });
        while (await skip.IsVisibleAsync())
        {
            var followUp = await practice.InterviewerSays.TextContentAsync();
            await keys.ActivateAsync(skip);
            await page.WaitForFunctionAsync(
                "([q]) => !document.querySelector('#interviewer-says') || document.querySelector('#interviewer-says').textContent !== q",
                new object[] { followUp! });
        }

        await Expect(header.Heading).ToHaveTextAsync("Scorecard");
        await Expect(practice.Finding("no-baseline")).ToContainTextAsync("Still open");
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Saved to your progress" })).ToBeVisibleAsync();
        await keys.ActivateAsync(page.GetByRole(AriaRole.Link, new() { Name = "see your progress" }));
        await Expect(header.Heading).ToHaveTextAsync("My progress");
        await Expect(page.Locator(".session-list li")).ToHaveCountAsync(1);
        Assert.True(keys.Stops.Count > 20, $"Only {keys.Stops.Count} focus stops were checked.");
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task EveryTabStopOnEveryKindOfPageShowsWhereTheFocusIs(int width)
    {
        var problems = new List<string>();
        var page = await fixture.NewPageAsync(width);
        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        var keys = new KeyboardUser(page);
        await page.GotoAsync("");
        await keys.TabThroughAsync(problems);
        await new ConsentBanner(page).ChooseAsync(new ConsentBanner(page).RejectAll);
        foreach (var url in VisitorPages)
        {
            await page.GotoAsync(url);
            await keys.TabThroughAsync(problems);
        }

        await new AccountPages(page).RegisterAsync();
        var editor = new StoryEditorPage(page);
        await editor.OpenNewAsync();
        await keys.TabThroughAsync(problems);
        await new PracticePage(page).OpenAsync();
        await keys.TabThroughAsync(problems);
        foreach (var url in new[] { "stories", "stories/coverage", "stories/import", "practice/progress", "Account/Manage" })
        {
            await page.GotoAsync(url);
            await keys.TabThroughAsync(problems);
        }

        Assert.True(problems.Count == 0, $"{problems.Count} tab stops at {width}px cannot be seen:\n" + string.Join("\n", problems));
        Assert.True(keys.Stops.Count > 200, $"Only {keys.Stops.Count} tab stops were visited.");
    }

    [GeneratedRegex(@"/stories/\d+/edit$")]
    private static partial Regex EditUrl();
}
