namespace InterviewPrep.E2E.Pages;

internal sealed class StoryEditorPage(IPage page)
{
    public ILocator Title => page.GetByLabel("Title");

    public ILocator Status => page.Locator(".save-status");

    public ILocator ConflictPanel => page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "This story was changed somewhere else" });

    public ILocator Part(string name) => page.Locator($"textarea[name={name.ToLowerInvariant()}]");

    /// <summary>Waits until the interactive circuit is up and the browser backup is attached.</summary>
    public Task WaitUntilReadyAsync() => Expect(page.Locator("form.story-editor[data-ready=true]")).ToBeVisibleAsync();

    public async Task OpenNewAsync()
    {
        await page.GotoAsync("stories/new");
        await WaitUntilReadyAsync();
    }

    public async Task OpenAsync(int id)
    {
        await page.GotoAsync($"stories/{id}/edit");
        await WaitUntilReadyAsync();
    }

    /// <summary>Fills in the first draft of the sample story the browser tests write: a title, a principle, two parts.</summary>
    public async Task FillSampleStoryAsync()
    {
        await Title.FillAsync("Refund timeouts nobody could reproduce");
        await page.GetByLabel("Dive Deep").CheckAsync();
        await Part("Situation").FillAsync("One merchant saw refunds time out every Monday while our dashboards stayed green.");
        await Part("Action").FillAsync("I pulled their raw request logs and found a cron job rebuilding the cache at nine.");
    }

    public Task SaveAsync() => page.GetByRole(AriaRole.Button, new() { Name = "Save story" }).ClickAsync();

    public int StoryIdFromUrl() => int.Parse(page.Url.Split("/stories/")[1].Split('/')[0], System.Globalization.CultureInfo.InvariantCulture);
}
