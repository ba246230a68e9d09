namespace InterviewPrep.E2E.Pages;

internal sealed class AccountPages(IPage page)
{
    public const string Password = "correct horse battery staple";

    /// <summary>Registers a brand-new user through the form and returns its email.</summary>
    public async Task<string> RegisterAsync()
    {
        var email = $"candidate-{Guid.NewGuid():N}@example.com";
        await page.GotoAsync("Account/Register");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(Password);
        await page.GetByLabel("Confirm password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/stories", StringComparison.Ordinal));
        return email;
    }
}
