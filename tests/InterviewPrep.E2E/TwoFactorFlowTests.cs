namespace InterviewPrep.E2E;

/// <summary>Two-factor authentication in a real browser: set up from the account page, then asked for at sign-in.</summary>
[Collection(BrowserTests.Name)]
public sealed class TwoFactorFlowTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task ACandidateSetsUpAnAuthenticatorAppAndSignInThenAsksForItsCode(int width)
    {
        var page = await fixture.NewPageAsync(width, 900);
        var email = await new AccountPages(page).RegisterAsync();

        await page.GotoAsync("Account/Manage");
        await page.GetByRole(AriaRole.Link, new() { Name = "Set up two-factor authentication" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Set up an authenticator app" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Img, new() { Name = "QR code holding your authenticator key" })).ToBeVisibleAsync();
        var box = await page.Locator(".qr-code").BoundingBoxAsync();
        Assert.InRange(box!.Width, 150, 260);
        await page.ScreenshotAsync(new() { Path = ConsentFlowTests.Screenshot($"enable-authenticator-{width}.png"), FullPage = true });

        var key = (await page.GetByTestId("shared-key").InnerTextAsync()).Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        await page.GetByLabel("Code from the app").FillAsync(Totp.Now(key));
        await page.GetByRole(AriaRole.Button, new() { Name = "Turn on two-factor authentication" }).ClickAsync();
        await Expect(page.GetByTestId("recovery-codes").Locator("li")).ToHaveCountAsync(10);
        await page.ScreenshotAsync(new() { Path = ConsentFlowTests.Screenshot($"recovery-codes-{width}.png"), FullPage = true });
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"The recovery codes page is {overflow}px wider than a {width}px screen.");

        // Another device: the password leads to the code step, and the code opens the story bank.
        var other = await fixture.NewPageAsync(width, 900);
        await other.GotoAsync("Account/Login");
        await other.GetByLabel("Email").FillAsync(email);
        await other.GetByLabel("Password").FillAsync(AccountPages.Password);
        await other.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await other.WaitForURLAsync(url => url.Contains("/Account/LoginWith2fa", StringComparison.Ordinal));
        await other.GetByLabel("Authenticator code").FillAsync(Totp.Now(key));
        await other.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await other.WaitForURLAsync(url => url.EndsWith("/stories", StringComparison.Ordinal));
    }
}
