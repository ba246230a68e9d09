namespace InterviewPrep.E2E.Pages;

/// <summary>The mock interview at /practice: setup, the timed question and follow-ups, and the scorecard.</summary>
internal sealed class PracticePage(IPage page)
{
    public ILocator Countdown => page.GetByRole(AriaRole.Timer, new() { Name = "Time left" });

    public ILocator InterviewerSays => page.Locator("#interviewer-says");

    public ILocator Answer => page.Locator("#practice-answer");

    public ILocator Scorecard => page.Locator(".scorecard");

    public ILocator Finding(string code) => page.Locator($".scorecard .finding[data-code='{code}']");

    public ILocator Eyebrow => page.Locator(".interview .eyebrow");

    private ILocator SkipButton => page.GetByRole(AriaRole.Button, new() { Name = "Skip this follow-up" });

    public async Task OpenAsync()
    {
        await page.GotoAsync("practice");
        // The setup form is interactive: wait until the circuit is up before using it.
        await page.Locator(".practice-setup[data-interactive=true]").WaitForAsync();
    }

    public async Task StartAsync(string principleTitle, string level)
    {
        await page.GetByLabel(principleTitle, new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Level").SelectOptionAsync(new SelectOptionValue { Label = level });
        await page.GetByRole(AriaRole.Button, new() { Name = "Start the interview" }).ClickAsync();
        await Countdown.WaitForAsync();
    }

    public async Task AnswerAsync(string text)
    {
        await Answer.FillAsync(text);
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Done") }).ClickAsync();
    }

    /// <summary>Chooses to tell a saved story instead of typing, and picks it by its title.</summary>
    public async Task DeliverStoryAsync(string title)
    {
        await page.GetByLabel("Deliver one of my saved stories").CheckAsync();
        await page.GetByLabel("Story", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = title });
    }

    public Task SkipAsync() => SkipButton.ClickAsync();

    /// <summary>Skips each follow-up left, waiting for the next question to replace the one skipped.</summary>
    public async Task SkipRemainingFollowUpsAsync()
    {
        while (await SkipButton.IsVisibleAsync())
        {
            var followUp = await InterviewerSays.TextContentAsync();
            await SkipAsync();
            await page.WaitForFunctionAsync(
                "([q]) => !document.querySelector('#interviewer-says') || document.querySelector('#interviewer-says').textContent !== q",
                new object[] { followUp! });
        }
    }
}
