namespace InterviewPrep.E2E.Pages;

/// <summary>The consent banner at the top of every page until a choice is made.</summary>
internal sealed class ConsentBanner(IPage page)
{
    public ILocator Region => page.GetByRole(AriaRole.Region, new() { Name = "May we count your visit?" });

    public ILocator AcceptAll => Region.GetByRole(AriaRole.Button, new() { Name = "Accept all", Exact = true });

    public ILocator RejectAll => Region.GetByRole(AriaRole.Button, new() { Name = "Reject all", Exact = true });

    public ILocator Customize => Region.GetByText("Customize", new() { Exact = true });

    public ILocator AnalyticsBox => Region.GetByRole(AriaRole.Checkbox, new() { Name = "Analytics" });

    public ILocator NecessaryBox => Region.GetByRole(AriaRole.Checkbox, new() { Name = "Necessary" });

    public ILocator SaveChoices => Region.GetByRole(AriaRole.Button, new() { Name = "Save my choices" });

    public ILocator GpcNote => Region.GetByTestId("gpc-note");

    /// <summary>Clicks a button that posts the form, and waits for the page it redirects back to.</summary>
    public async Task ChooseAsync(ILocator button)
    {
        await PostAsync(page, () => button.ClickAsync());
        await Assertions.Expect(Region).ToBeHiddenAsync();
    }

    /// <summary>Runs an action that posts a consent form and waits until the choice is saved and the next page is loading.</summary>
    public static async Task PostAsync(IPage page, Func<Task> action)
    {
        await page.RunAndWaitForResponseAsync(action, response => response.Request.Method == "POST" && response.Url.EndsWith("/consent", StringComparison.Ordinal));
        await page.WaitForLoadStateAsync(LoadState.Load);
    }
}

/// <summary>The page behind the footer's "Cookie settings" link.</summary>
internal sealed class CookieSettingsPage(IPage page)
{
    public ILocator Status => page.GetByTestId("consent-status");

    public ILocator Withdraw => page.GetByRole(AriaRole.Button, new() { Name = "Withdraw consent" });

    public ILocator AnalyticsBox => page.Locator("#settings-analytics");

    public ILocator SaveChoices => page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Save my choices" });

    public async Task OpenFromFooterAsync()
    {
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Footer" }).GetByRole(AriaRole.Link, new() { Name = "Cookie settings" }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/cookies", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Cookie settings");
    }
}
