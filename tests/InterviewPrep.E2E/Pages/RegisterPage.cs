namespace InterviewPrep.E2E.Pages;

internal sealed class RegisterPage(IPage page)
{
    public async Task RegisterAsync(string email, string password, string returnUrl)
    {
        await page.GotoAsync($"Account/Register?ReturnUrl={Uri.EscapeDataString(returnUrl)}");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
        await page.GetByLabel("Confirm password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
    }
}
