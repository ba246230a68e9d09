namespace InterviewPrep.Web.Tests.Components.Account;

/// <summary>
/// Account enumeration: an attacker learns which addresses have accounts from how registration and password
/// reset answer. With email on, both answer the same for a taken address as for a free one.
/// </summary>
public sealed class AccountEnumerationTests
{
    private const string Member = "member@example.com";

    [Fact]
    public async Task RegisteringATakenAddressLooksLikeRegisteringANewOneAndTellsTheOwnerInstead()
    {
        using var app = new AccountApp(emailOn: true);
        await app.CreateUserAsync(Member);
        var attacker = app.NewBrowser();

        var taken = await attacker.RegisterAsync(Member, "an attacker's passphrase here");
        var fresh = await attacker.RegisterAsync("fresh@example.com", "an attacker's passphrase here");

        Assert.Equal(HttpStatusCode.Redirect, taken.StatusCode);
        Assert.Equal(fresh.StatusCode, taken.StatusCode);
        Assert.Equal(fresh.Headers.Location, taken.Headers.Location);
        Assert.Equal("/Account/RegisterConfirmation", taken.Headers.Location!.AbsolutePath);
        Assert.Single(app.Outbox.Links(Member, "already-registered"));
        Assert.Empty(app.Outbox.Links(Member, "confirm"));
        Assert.Single(app.Outbox.Links("fresh@example.com", "confirm"));

        // Nothing changed for the member: one account, and their own password still signs them in.
        Assert.Equal(1, Db.Count(app.Factory, "AspNetUsers", "NormalizedEmail = 'MEMBER@EXAMPLE.COM'"));
        Assert.Equal(HttpStatusCode.Redirect, (await app.NewBrowser().SignInAsync(Member)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.NewBrowser().SignInAsync(Member, "an attacker's passphrase here")).StatusCode);
    }

    [Fact]
    public async Task AWeakPasswordIsRefusedAlikeForATakenAndAFreeAddress()
    {
        using var app = new AccountApp(emailOn: true);
        await app.CreateUserAsync(Member);
        var attacker = app.NewBrowser();

        var taken = await attacker.RegisterAsync(Member, "password123");
        var fresh = await attacker.RegisterAsync("fresh@example.com", "password123");

        Assert.Equal(HttpStatusCode.OK, taken.StatusCode);
        Assert.Equal(
            (await fresh.ReadAsync()).QuerySelector(".alert")!.TextContent,
            (await taken.ReadAsync()).QuerySelector(".alert")!.TextContent);
        Assert.Empty(app.Outbox.Sent);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ForgotPasswordAnswersTheSameForAnyAddress(bool emailOn)
    {
        using var app = new AccountApp(emailOn);
        await app.CreateUserAsync(Member);
        var attacker = app.NewBrowser();

        var known = await attacker.PostAsync("/Account/ForgotPassword", new Dictionary<string, string> { ["Input.Email"] = Member });
        var unknown = await attacker.PostAsync("/Account/ForgotPassword", new Dictionary<string, string> { ["Input.Email"] = "nobody@example.com" });

        Assert.Equal(HttpStatusCode.Redirect, known.StatusCode);
        Assert.Equal(known.StatusCode, unknown.StatusCode);
        Assert.Equal(known.Headers.Location, unknown.Headers.Location);
        Assert.Equal("/Account/ForgotPasswordConfirmation", unknown.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task AWrongPasswordForAnUnconfirmedAccountLooksLikeAnyWrongPassword()
    {
        using var app = new AccountApp(emailOn: true);
        await app.CreateUserAsync(Member, confirmed: false);
        var attacker = app.NewBrowser();

        var unconfirmed = await attacker.SignInAsync(Member, "a guess at the password");
        var unknown = await attacker.SignInAsync("nobody@example.com", "a guess at the password");
        var owner = await app.NewBrowser().SignInAsync(Member);

        Assert.Equal(
            (await unknown.ReadAsync()).QuerySelector(".alert")!.TextContent,
            (await unconfirmed.ReadAsync()).QuerySelector(".alert")!.TextContent);
        Assert.Contains("Confirm your email address first", (await owner.ReadAsync()).QuerySelector(".alert")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResendingAConfirmationAnswersTheSameForAnyAddress()
    {
        using var app = new AccountApp(emailOn: true);
        await app.CreateUserAsync(Member, confirmed: false);
        var visitor = app.NewBrowser();

        var known = await visitor.PostAsync("/Account/ResendEmailConfirmation", new Dictionary<string, string> { ["Input.Email"] = Member });
        var unknown = await visitor.PostAsync("/Account/ResendEmailConfirmation", new Dictionary<string, string> { ["Input.Email"] = "nobody@example.com" });

        Assert.Equal(known.Headers.Location, unknown.Headers.Location);
        Assert.Single(app.Outbox.Links(Member, "confirm"));
    }

    [Fact]
    public async Task TheOwnerOfASquattedAddressTakesItBackWithAResetLink()
    {
        using var app = new AccountApp(emailOn: true);
        await app.NewBrowser().RegisterAsync(Member, "the squatter's own passphrase");
        await app.NewBrowser().RegisterAsync(Member);

        var resetUrl = new Uri(Assert.Single(app.Outbox.Links(Member, "already-registered"))).PathAndQuery;
        var owner = app.NewBrowser();
        var reset = await owner.SubmitAsync(resetUrl, "form.form-card", new Dictionary<string, string>
        {
            ["Input.Email"] = Member,
            ["Input.Password"] = "the owner's new passphrase",
            ["Input.ConfirmPassword"] = "the owner's new passphrase",
        });

        Assert.Equal("/Account/ResetPasswordConfirmation", reset.Headers.Location!.AbsolutePath);
        Assert.True((await app.FindUserAsync(Member)).EmailConfirmed);
        Assert.Equal(HttpStatusCode.Redirect, (await owner.SignInAsync(Member, "the owner's new passphrase")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.NewBrowser().SignInAsync(Member, "the squatter's own passphrase")).StatusCode);
    }
}
