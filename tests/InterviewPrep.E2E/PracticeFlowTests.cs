namespace InterviewPrep.E2E;

[Collection(BrowserTests.Name)]
public sealed partial class PracticeFlowTests(BrowserFixture fixture)
{
    /// <summary>The largest field the circuit carries: 20,000 characters of three UTF-8 bytes each, sent twice per keystroke.</summary>
    [Fact]
    public async Task AnAnswerAtItsLimitInAnyScriptReachesTheInterviewerOverTheCircuit()
    {
        var page = await fixture.NewPageAsync();
        var practice = new PracticePage(page);
        await practice.OpenAsync();
        await practice.StartAsync("Dive Deep", "Senior");
        var answer = string.Concat(Enumerable.Repeat("我重新测量了队列深度。", 2000))[..20_000];

        await practice.AnswerAsync(answer);

        await Expect(practice.Eyebrow).ToContainTextAsync("Follow-up 1 of");
        await Expect(page.Locator("#components-reconnect-modal")).Not.ToBeVisibleAsync();
    }

    [Fact]
    public async Task ASignedInCandidateRunsASessionWhoseFollowUpProbesTheMissingBaselineAndFindsItOnTheProgressPage()
    {
        var page = await fixture.NewPageAsync();
        await new RegisterPage(page).RegisterAsync($"practice-{Guid.NewGuid():N}@example.test", "a long practice passphrase", "/practice");
        await page.WaitForURLAsync(url => url.EndsWith("/practice", StringComparison.Ordinal));
        var practice = new PracticePage(page);
        await practice.OpenAsync();

        await practice.StartAsync("Dive Deep", "Senior");

        var question = await practice.InterviewerSays.TextContentAsync();
        Assert.False(string.IsNullOrWhiteSpace(question));
        await Expect(practice.Countdown).ToContainTextAsync(new Regex(@"^\s*[12]:\d\d"));
        var before = await practice.Countdown.TextContentAsync();
        await Expect(practice.Countdown).Not.ToHaveTextAsync(before!, new() { Timeout = 5_000 });
        await Shoot(page, "practice-question", 1280);

        await practice.AnswerAsync(PracticeAnswers.NoBaseline);

        await Expect(practice.Eyebrow).ToContainTextAsync("Follow-up 1 of");
        var followUps = new List<string>();
        var baselineAnswered = false;
        for (var i = 0; i < 3 && await practice.Countdown.IsVisibleAsync(); i++)
        {
            await Expect(practice.Eyebrow).ToContainTextAsync($"Follow-up {i + 1} of");
            var followUp = (await practice.InterviewerSays.TextContentAsync())!;
            followUps.Add(followUp);
            await Expect(practice.Countdown).ToContainTextAsync(new Regex(@"^\s*[01]:\d\d"));
            if (i == 0)
            {
                await Shoot(page, "practice-follow-up", 1280);
            }

            if (!baselineAnswered && BaselineQuestion().IsMatch(followUp))
            {
                await practice.AnswerAsync(PracticeAnswers.BaselineFollowUp);
                baselineAnswered = true;
            }
            else
            {
                await practice.SkipAsync();
            }

            await page.WaitForFunctionAsync(
                "([q]) => !document.querySelector('#interviewer-says') || document.querySelector('#interviewer-says').textContent !== q",
                new object[] { followUp });
        }

        Assert.True(baselineAnswered, $"No follow-up asked for the baseline. Asked: {string.Join(" | ", followUps)}");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Scorecard");
        await Expect(practice.Finding("no-baseline")).ToContainTextAsync("Resolved in the follow-ups");
        await Expect(page.Locator(".score-value").First).ToHaveTextAsync(new Regex(@"^\d{1,3}$"));
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Quantifying results honestly" })).ToBeVisibleAsync();
        await Expect(page.Locator("a[href='examples?principle=dive-deep']")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Saved to your progress" })).ToBeVisibleAsync();
        await Shoot(page, "practice-scorecard", 1280);
        var sessionHref = await page.GetByRole(AriaRole.Link, new() { Name = "Open this scorecard later" }).GetAttributeAsync("href");

        await page.GetByRole(AriaRole.Link, new() { Name = "see your progress" }).ClickAsync();

        await Expect(page.Locator("h1")).ToHaveTextAsync("My progress");
        await Expect(page.Locator(".progress-table")).ToContainTextAsync("Dive Deep");
        await Expect(page.Locator("svg.chart circle")).ToHaveCountAsync(1);
        await Expect(page.Locator(".recurring-list li[data-code='no-baseline']")).ToContainTextAsync("fixed in the follow-ups 1 time");
        await Expect(page.Locator(".session-list li")).ToHaveCountAsync(1);
        await Shoot(page, "practice-progress", 1280);
        await page.SetViewportSizeAsync(390, 900);
        await Shoot(page, "practice-progress", 390);

        await page.GotoAsync(sessionHref!);
        await Expect(practice.Finding("no-baseline")).ToContainTextAsync("Resolved in the follow-ups");
        var stranger = await fixture.NewPageAsync();
        await new RegisterPage(stranger).RegisterAsync($"stranger-{Guid.NewGuid():N}@example.test", "another long passphrase", "/practice");
        await stranger.WaitForURLAsync(url => url.EndsWith("/practice", StringComparison.Ordinal));
        var response = await stranger.GotoAsync(sessionHref!);
        Assert.Equal(404, response!.Status);
    }

    [Fact]
    public async Task AnAnonymousVisitorPracticesOnAPhoneWithoutSaving()
    {
        var page = await fixture.NewPageAsync(390, 900);
        var practice = new PracticePage(page);
        await practice.OpenAsync();
        await Shoot(page, "practice-setup", 390);

        await practice.StartAsync("Dive Deep", "Mid level");
        await Shoot(page, "practice-question", 390);
        await practice.AnswerAsync(PracticeAnswers.NoBaseline);
        await Expect(practice.Eyebrow).ToContainTextAsync("Follow-up 1 of");
        await Shoot(page, "practice-follow-up", 390);
        await practice.SkipRemainingFollowUpsAsync();

        await Expect(page.Locator("h1")).ToHaveTextAsync("Scorecard");
        await Expect(practice.Finding("no-baseline")).ToContainTextAsync("Still open");
        await Expect(page.Locator(".alert-info")).ToContainTextAsync("This session is not saved");
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"The scorecard is {overflow}px wider than the phone screen.");
        await Shoot(page, "practice-scorecard", 390);
    }

    [Fact]
    public async Task ACandidateRehearsesASavedStoryAndTheScorecardNamesIt()
    {
        var page = await fixture.NewPageAsync();
        await new AccountPages(page).RegisterAsync();
        var editor = new StoryEditorPage(page);
        await editor.OpenNewAsync();
        await editor.Title.FillAsync("Evening search slowdown");
        await editor.Part("Situation").FillAsync("Multi-city searches on our travel site slowed down every evening.");
        await editor.Part("Action").FillAsync("I read the slow query log and added a composite index on the route key, rolled out to one region first.");
        await editor.Part("Result").FillAsync("Search latency improved by 40%.");
        await editor.SaveAsync();
        await Expect(editor.Status).ToContainTextAsync("All changes saved");

        var practice = new PracticePage(page);
        await practice.OpenAsync();
        await practice.StartAsync("Dive Deep", "Senior");
        await practice.DeliverStoryAsync("Evening search slowdown");

        await Expect(page.Locator(".story-notes")).ToContainTextAsync("Search latency improved by 40%.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Done, hand it to the interviewer" }).ClickAsync();
        await Expect(practice.Eyebrow).ToContainTextAsync("Follow-up 1 of");
        await practice.SkipRemainingFollowUpsAsync();

        await Expect(page.Locator("h1")).ToHaveTextAsync("Scorecard");
        await Expect(practice.Scorecard).ToContainTextAsync("Delivered the story \"Evening search slowdown\"");
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Saved to your progress" })).ToBeVisibleAsync();
    }

    private static async Task Shoot(IPage page, string name, int width) =>
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"{name}-{width}.png"), FullPage = true });

    [GeneratedRegex("before|baseline|figure", RegexOptions.IgnoreCase)]
    private static partial Regex BaselineQuestion();
}
