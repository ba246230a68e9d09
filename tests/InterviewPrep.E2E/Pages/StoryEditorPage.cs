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

    public Task SaveAsync() => page.GetByRole(AriaRole.Button, new() { Name = "Save story" }).ClickAsync();

    public int StoryIdFromUrl() => int.Parse(page.Url.Split("/stories/")[1].Split('/')[0], System.Globalization.CultureInfo.InvariantCulture);
}
