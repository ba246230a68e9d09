namespace InterviewPrep.E2E.Pages;

/// <summary>The header every page shares: main navigation and the site search box.</summary>
internal sealed class SiteChrome(IPage page)
{
    public ILocator MainNav => page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });

    public ILocator Heading => page.Locator("h1");

    public ILocator Brand => page.Locator("header .brand");

    public ILocator AccountNav => page.Locator("header .account-nav");

    public ILocator SignIn => AccountNav.GetByRole(AriaRole.Link, new() { Name = "Sign in", Exact = true });

    public ILocator CreateAccount => AccountNav.GetByRole(AriaRole.Link, new() { Name = "Create account", Exact = true });

    public Task NavigateAsync(string linkText) => MainNav.GetByRole(AriaRole.Link, new() { Name = linkText, Exact = true }).ClickAsync();

    public async Task SearchAsync(string words)
    {
        var box = page.GetByRole(AriaRole.Searchbox, new() { Name = "Search guides, examples and questions" });
        await box.FillAsync(words);
        await box.PressAsync("Enter");
        await page.WaitForURLAsync(url => url.Contains("/search?q=", StringComparison.Ordinal));
    }
}
