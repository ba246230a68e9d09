namespace InterviewPrep.Web.Tests.Components.Account;

/// <summary>
/// Two-factor authentication with an authenticator app: once on, a stolen password alone no longer signs in.
/// The codes are computed here from the shared key the page shows, as the phone app would.
/// </summary>
public sealed class TwoFactorTests
{
    [Fact]
    public async Task OnceTurnedOnAPasswordAloneNoLongerSignsIn()
    {
        using var app = new AccountApp(emailOn: false);
        var email = $"twofactor-{Guid.NewGuid():N}@example.com";
        var owner = app.NewBrowser();
        await owner.RegisterAsync(email);
        var (key, _) = await owner.EnableTwoFactorAsync();

        var thief = app.NewBrowser();
        var password = await thief.SignInAsync(email);
        var stories = await thief.Http.GetAsync(new Uri("/stories/coverage", UriKind.Relative));
        var wrongCode = await thief.PostAsync(password.Headers.Location!.PathAndQuery, new Dictionary<string, string> { ["Input.TwoFactorCode"] = "000000" }, "form.form-card");

        Assert.Equal("/Account/LoginWith2fa", password.Headers.Location!.AbsolutePath);
        Assert.Equal(HttpStatusCode.Redirect, stories.StatusCode);
        Assert.StartsWith("/Account/Login", stories.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, wrongCode.StatusCode);
        Assert.Contains("not right", (await wrongCode.ReadAsync()).QuerySelector(".alert")!.TextContent, StringComparison.Ordinal);

        var rightCode = await thief.PostAsync(password.Headers.Location!.PathAndQuery, new Dictionary<string, string> { ["Input.TwoFactorCode"] = Totp.Now(key) }, "form.form-card");
        Assert.Equal("/stories", rightCode.Headers.Location!.AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, (await thief.Http.GetAsync(new Uri("/stories/coverage", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task ARecoveryCodeSignsInOnce()
    {
        using var app = new AccountApp(emailOn: false);
        var email = $"recovery-{Guid.NewGuid():N}@example.com";
        var owner = app.NewBrowser();
        await owner.RegisterAsync(email);
        var (_, codes) = await owner.EnableTwoFactorAsync();

        var first = await SignInWithRecoveryCodeAsync(app, email, codes[3]);
        var again = await SignInWithRecoveryCodeAsync(app, email, codes[3]);
        var another = await SignInWithRecoveryCodeAsync(app, email, codes[4]);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("used already", (await again.ReadAsync()).QuerySelector(".alert")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, another.StatusCode);
        Assert.Equal(8, await app.ServiceAsync(async s => await AccountApp.Users(s).CountRecoveryCodesAsync(await app.FindUserAsync(email))));
    }

    [Fact]
    public async Task TakingLongerThanTheStampIntervalToScanTheCodeKeepsTheSession()
    {
        using var app = new AccountApp(emailOn: false, fakeClock: true);
        var owner = app.NewBrowser();
        await owner.RegisterAsync($"slow-{Guid.NewGuid():N}@example.com");

        var setup = await owner.PageAsync("/Account/Manage/EnableAuthenticator");
        var key = setup.QuerySelector("[data-testid=shared-key]")!.TextContent.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        app.Clock!.Advance(TimeSpan.FromMinutes(3));
        var enabled = await owner.PostAsync("/Account/Manage/EnableAuthenticator", new Dictionary<string, string> { ["Input.Code"] = Totp.Now(key) }, "form.form-card");

        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        Assert.Equal(10, (await enabled.ReadAsync()).QuerySelectorAll("[data-testid=recovery-codes] code").Length);
    }

    [Fact]
    public async Task TheTwoFactorStepCannotBeReachedWithoutThePassword()
    {
        using var app = new AccountApp(emailOn: false);

        var response = await app.NewBrowser().Http.GetAsync(new Uri("/Account/LoginWith2fa", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/Login", response.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task EveryoneIsOfferedTwoFactorOnTheirAccountPage()
    {
        using var app = new AccountApp(emailOn: false);
        var client = app.NewBrowser();
        await client.RegisterAsync($"offer-{Guid.NewGuid():N}@example.com");

        var page = await client.PageAsync("/Account/Manage");
        var setup = await client.PageAsync("/Account/Manage/EnableAuthenticator");

        Assert.NotNull(page.QuerySelector("a[href='Account/Manage/TwoFactorAuthentication']"));
        Assert.NotNull(setup.QuerySelector(".qr-code svg"));
        Assert.Matches("^([a-z2-7]{4} ){7}[a-z2-7]{4}$", setup.QuerySelector("[data-testid=shared-key]")!.TextContent);
    }

    [Fact]
    public async Task AnAdminWithoutTwoFactorIsSentToSetItUpBeforeTheDashboard()
    {
        const string Admin = "admin@example.com";
        using var app = new AccountApp(emailOn: true, new Dictionary<string, string?> { ["Admin:Emails:0"] = Admin });
        await app.CreateUserAsync(Admin);
        var admin = app.NewBrowser();
        await admin.SignInAsync(Admin);

        var dashboard = await admin.Http.GetAsync(new Uri("/admin/analytics", UriKind.Relative));
        var denied = await admin.Http.GetAsync(dashboard.Headers.Location!);

        Assert.StartsWith("/Account/AccessDenied", dashboard.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal("/Account/Manage/EnableAuthenticator", denied.Headers.Location!.AbsolutePath);

        await admin.EnableTwoFactorAsync();
        Assert.Equal(HttpStatusCode.OK, (await admin.Http.GetAsync(new Uri("/admin/analytics", UriKind.Relative))).StatusCode);

        // From now on the admin's sign-in asks for the code as well.
        Assert.Equal("/Account/LoginWith2fa", (await app.NewBrowser().SignInAsync(Admin)).Headers.Location!.AbsolutePath);
    }

    private static async Task<HttpResponseMessage> SignInWithRecoveryCodeAsync(AccountApp app, string email, string code)
    {
        var client = app.NewBrowser();
        var password = await client.SignInAsync(email);
        Assert.Equal("/Account/LoginWith2fa", password.Headers.Location!.AbsolutePath);
        return await client.PostAsync("/Account/LoginWithRecoveryCode", new Dictionary<string, string> { ["Input.RecoveryCode"] = code }, "form.form-card");
    }
}
