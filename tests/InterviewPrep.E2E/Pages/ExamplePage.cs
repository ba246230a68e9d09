namespace InterviewPrep.E2E.Pages;

internal sealed class ExamplePage(IPage page)
{
    public ILocator Notes => page.Locator(".note-list > li");

    public ILocator Phrase(int number) => page.Locator($"mark#phrase-{number}");

    public ILocator NoteReference(int number) => page.GetByRole(AriaRole.Link, new() { Name = $"Note {number}", Exact = true });

    /// <summary>The quote at the top of a note; its name is the quote followed by "(go to phrase N in the answer)".</summary>
    public ILocator NoteQuoteLink(int number) => page.GetByRole(AriaRole.Link, new() { Name = $"Go to phrase {number} in the answer" });

    public ILocator Note(int number) => page.Locator($"li#note-{number}");
}
