namespace InterviewPrep.Web.Tests.Components.Account;

/// <summary>
/// Stolen sessions: someone copies a sign-in cookie (from a shared computer, a proxy log, malware) and replays it
/// with curl. Signing out or changing the password must end it; every session ends after its absolute lifetime.
/// </summary>
public sealed class SessionTests
{
    /// <summary>The stamp check runs at most once per <c>Accounts:SecurityStampValidationInterval</c> (1 minute) per cookie.</summary>
    private static readonly TimeSpan PastTheStampInterval = TimeSpan.FromSeconds(61);

    /// <summary>A story bank page that needs an account (<c>/stories</c> itself shows strangers a sign-up page).</summary>
    private const string StoryBank = "/stories/coverage";

    [Fact]
    public async Task ACookieCopiedBeforeSignOutStopsWorkingAfterIt()
    {
        using var app = new AccountApp(emailOn: false, fakeClock: true);
        var (owner, copied) = await SignedInWithCopiedCookieAsync(app);
        var curl = app.NewCurl();
        Assert.Equal(HttpStatusCode.OK, (await curl.GetWithCookieAsync(StoryBank, copied)).StatusCode);

        var signedOut = await owner.SignOutAsync();
        app.Clock!.Advance(PastTheStampInterval);
        var replay = await curl.GetWithCookieAsync(StoryBank, copied);

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, replay.StatusCode);
        Assert.StartsWith("/Account/Login", replay.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        var list = await curl.GetWithCookieAsync("/stories", copied);
        Assert.Null((await list.ReadAsync()).QuerySelector("a[href='stories/new']"));
    }

    [Fact]
    public async Task ACookieCopiedBeforeAPasswordChangeStopsWorkingWhileTheOwnerStaysSignedIn()
    {
        using var app = new AccountApp(emailOn: false, fakeClock: true);
        var (owner, copied) = await SignedInWithCopiedCookieAsync(app);

        var changed = await owner.PostAsync("/Account/Manage/ChangePassword", new Dictionary<string, string>
        {
            ["Input.OldPassword"] = FormClient.Password,
            ["Input.NewPassword"] = "a brand new passphrase",
            ["Input.ConfirmPassword"] = "a brand new passphrase",
        }, "form.form-card");
        app.Clock!.Advance(PastTheStampInterval);
        var replay = await app.NewCurl().GetWithCookieAsync(StoryBank, copied);

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.StartsWith("/Account/Login", replay.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await owner.Http.GetAsync(new Uri(StoryBank, UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task AnActiveSessionStillEndsAfterItsAbsoluteLifetime()
    {
        using var app = new AccountApp(emailOn: false, new Dictionary<string, string?> { ["Accounts:AbsoluteSessionLifetime"] = "01:00:00" }, fakeClock: true);
        var email = $"lifetime-{Guid.NewGuid():N}@example.com";
        await app.NewBrowser().RegisterAsync(email);
        var client = app.NewBrowser();
        await client.SubmitAsync("/Account/Login", "form.form-card", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = FormClient.Password,
            ["Input.RememberMe"] = "true",
        });

        // Busy every 20 minutes, so sliding expiration alone would keep it for 14 days; a password change refreshes it too.
        for (var step = 0; step < 2; step++)
        {
            app.Clock!.Advance(TimeSpan.FromMinutes(20));
            Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync(new Uri(StoryBank, UriKind.Relative))).StatusCode);
        }

        await client.PostAsync("/Account/Manage/ChangePassword", new Dictionary<string, string>
        {
            ["Input.OldPassword"] = FormClient.Password,
            ["Input.NewPassword"] = "a brand new passphrase",
            ["Input.ConfirmPassword"] = "a brand new passphrase",
        }, "form.form-card");
        app.Clock!.Advance(TimeSpan.FromMinutes(15));
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync(new Uri(StoryBank, UriKind.Relative))).StatusCode);

        app.Clock.Advance(TimeSpan.FromMinutes(10));
        var expired = await client.Http.GetAsync(new Uri(StoryBank, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, expired.StatusCode);
        Assert.StartsWith("/Account/Login", expired.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public void TheStampIsCheckedEveryMinuteByDefault()
    {
        using var app = new AccountApp(emailOn: false);

        var interval = app.Service(s => s.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Identity.SecurityStampValidatorOptions>>().Value.ValidationInterval);

        Assert.Equal(TimeSpan.FromMinutes(1), interval);
    }

    [Theory]
    [InlineData("Accounts:SecurityStampValidationInterval", "00:30:00")]
    [InlineData("Accounts:AbsoluteSessionLifetime", "365.00:00:00")]
    [InlineData("Accounts:PasswordResetLinkLifetime", "7.00:00:00")]
    public void ALooserSessionSettingStopsTheApp(string key, string value)
    {
        using var broken = new TestAppFactory(useKestrel: false, settings: new Dictionary<string, string?> { [key] = value });

        var error = Assert.ThrowsAny<Exception>(() => broken.CreateClient());

        Assert.Contains(key, Assert.IsType<Microsoft.Extensions.Options.OptionsValidationException>(error.GetBaseException()).Message, StringComparison.Ordinal);
    }

    private static async Task<(FormClient Owner, string Cookie)> SignedInWithCopiedCookieAsync(AccountApp app)
    {
        var email = $"session-{Guid.NewGuid():N}@example.com";
        await app.NewBrowser().RegisterAsync(email);
        var owner = app.NewBrowser();
        var signIn = await owner.SignInAsync(email);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return (owner, signIn.CopyCookies());
    }
}
