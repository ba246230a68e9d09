namespace InterviewPrep.E2E;

[Collection(BrowserTests.Name)]
public sealed class SiteHeaderTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData(1280)]
    [InlineData(1024)]
    [InlineData(800)]
    [InlineData(390)]
    public async Task AVisitorSeesSignInAndCreateAccountOnTheBrandsRowAndCreatesAnAccountFromThere(int width)
    {
        var page = await fixture.NewPageAsync(width);
        var chrome = new SiteChrome(page);
        await page.GotoAsync("");
        await new ConsentBanner(page).ChooseAsync(new ConsentBanner(page).RejectAll);

        await Expect(chrome.SignIn).ToBeVisibleAsync();
        await Expect(chrome.CreateAccount).ToBeVisibleAsync();
        await page.Locator("header").ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"header-visitor-{width}.png") });
        var brand = (await chrome.Brand.BoundingBoxAsync())!;
        var signIn = (await chrome.SignIn.BoundingBoxAsync())!;
        var create = (await chrome.CreateAccount.BoundingBoxAsync())!;
        Assert.True(Math.Abs(Middle(brand) - Middle(create)) < 8 && Math.Abs(Middle(signIn) - Middle(create)) < 8,
            $"The brand ({Middle(brand)}), Sign in ({Middle(signIn)}) and Create account ({Middle(create)}) are not on one row at {width}px.");
        Assert.True(signIn.X + signIn.Width <= create.X, "Create account should follow Sign in.");
        Assert.True(create.X + create.Width <= width, $"Create account ends at {create.X + create.Width}px, past the {width}px screen.");
        Assert.True(create.Height >= 24, $"Create account is only {create.Height}px tall: too small a target on a phone.");
        var navRows = await chrome.MainNav.GetByRole(AriaRole.Link).EvaluateAllAsync<int>("links => new Set(links.map(a => Math.round(a.getBoundingClientRect().top))).size");
        Assert.True(navRows == 1, $"The main navigation takes {navRows} lines at {width}px.");
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"The page is {overflow}px wider than a {width}px screen.");

        await chrome.CreateAccount.ClickAsync();
        await Expect(chrome.Heading).ToHaveTextAsync("Create an account");
        await page.GetByLabel("Email").FillAsync($"header-{width}-{Guid.NewGuid():N}@example.com");
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(AccountPages.Password);
        await page.GetByLabel("Confirm password").FillAsync(AccountPages.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();

        await Expect(chrome.AccountNav.GetByRole(AriaRole.Link, new() { Name = "Account", Exact = true })).ToBeVisibleAsync();
        await Expect(chrome.AccountNav.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();
        await Expect(chrome.CreateAccount).ToHaveCountAsync(0);
        await Expect(chrome.SignIn).ToHaveCountAsync(0);
    }

    private static float Middle(LocatorBoundingBoxResult box) => box.Y + (box.Height / 2);
}
