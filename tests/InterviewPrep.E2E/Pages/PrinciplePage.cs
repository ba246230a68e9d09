namespace InterviewPrep.E2E.Pages;

internal sealed class PrinciplePage(IPage page)
{
    public Task OpenAsync(string slug) => page.GotoAsync($"principles/{slug}");

    public ILocator ExampleLinks => page.Locator("section[aria-labelledby=examples] a.example-card");

    public ILocator Questions => page.Locator("section[aria-labelledby=questions] li");
}
