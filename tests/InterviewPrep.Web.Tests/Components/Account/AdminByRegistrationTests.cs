using System.Text.RegularExpressions;

namespace InterviewPrep.Web.Tests.Components.Account;

/// <summary>
/// Admin by registration: <c>Admin:Emails</c> names the owner's address, and an attacker registers it first.
/// Holding the address in an account is not enough; only a confirmed address gets the Admin role.
/// </summary>
public sealed partial class AdminByRegistrationTests
{
    private const string Owner = "owner@example.com";

    private static readonly Dictionary<string, string?> OwnerIsAdmin = new()
    {
        ["Admin:Emails:0"] = Owner,
        ["Admin:RequireTwoFactor"] = "false",
    };

    [Fact]
    public async Task WithEmailAnUnconfirmedAdminAddressCannotSignInAndConfirmingOpensTheDashboard()
    {
        using var app = new AccountApp(emailOn: true, OwnerIsAdmin);
        var attacker = app.NewBrowser();

        var registered = await attacker.RegisterAsync(Owner);
        Assert.Equal("/Account/RegisterConfirmation", registered.Headers.Location!.AbsolutePath);
        var signIn = await attacker.SignInAsync(Owner);
        var dashboard = await attacker.Http.GetAsync(new Uri("/admin/analytics", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.Contains("Confirm your email address first", (await signIn.ReadAsync()).QuerySelector(".alert")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, dashboard.StatusCode);
        Assert.StartsWith("/Account/Login", dashboard.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        Assert.False(await app.IsAdminAsync(Owner));

        // The owner follows the emailed link: the page asks before it confirms, so a mail scanner's GET does nothing.
        var link = new Uri(Assert.Single(app.Outbox.Links(Owner, "confirm"))).PathAndQuery;
        var owner = app.NewBrowser();
        await owner.Http.GetAsync(new Uri(link, UriKind.Relative));
        Assert.False((await app.FindUserAsync(Owner)).EmailConfirmed);
        var confirmed = await owner.PostAsync(link, formSelector: "form.form-card");
        Assert.Contains("address is confirmed", (await confirmed.ReadAsync()).QuerySelector(".alert")!.TextContent, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await owner.SignInAsync(Owner)).StatusCode);
        var opened = await owner.Http.GetAsync(new Uri("/admin/analytics", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.True(await app.IsAdminAsync(Owner));
    }

    [Fact]
    public async Task WithoutEmailRegisteringAnAdminAddressIsDeniedUntilTheLoggedSetupCodeIsEntered()
    {
        using var app = new AccountApp(emailOn: false, OwnerIsAdmin);
        var code = await SetupCodeFromLogAsync(app);
        var owner = app.NewBrowser();

        await owner.RegisterAsync(Owner);
        var denied = await owner.Http.GetAsync(new Uri("/admin/analytics", UriKind.Relative));
        var export = await owner.Http.GetAsync(new Uri("/admin/analytics/export.csv", UriKind.Relative));

        Assert.StartsWith("/Account/AccessDenied", denied.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        Assert.StartsWith("/Account/AccessDenied", export.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        Assert.False(await app.IsAdminAsync(Owner));

        var wrong = await owner.PostAsync("/Account/AdminSetup", new Dictionary<string, string> { ["Input.Code"] = "AAAAA-BBBBB-CCCCC-DDDDD" }, "form.form-card");
        Assert.Contains("not right", (await wrong.ReadAsync()).QuerySelector(".alert")!.TextContent, StringComparison.Ordinal);
        Assert.False(await app.IsAdminAsync(Owner));

        var redeemed = await owner.PostAsync("/Account/AdminSetup", new Dictionary<string, string> { ["Input.Code"] = code.ToLowerInvariant() }, "form.form-card");
        Assert.Equal(HttpStatusCode.Redirect, redeemed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await owner.Http.GetAsync(new Uri("/admin/analytics", UriKind.Relative))).StatusCode);
        Assert.True(await app.IsAdminAsync(Owner));
    }

    [Fact]
    public async Task TheSetupCodeWorksOnceAndOnlyForAListedAddress()
    {
        const string CoOwner = "co-owner@example.com";
        using var app = new AccountApp(emailOn: false, new Dictionary<string, string?>(OwnerIsAdmin) { ["Admin:Emails:1"] = CoOwner });
        var code = await SetupCodeFromLogAsync(app);
        var stranger = app.NewBrowser();
        await stranger.RegisterAsync("stranger@example.com");
        var owner = app.NewBrowser();
        await owner.RegisterAsync(Owner);
        var coOwner = app.NewBrowser();
        await coOwner.RegisterAsync(CoOwner);

        var strangerPage = await stranger.PageAsync("/Account/AdminSetup");
        await owner.PostAsync("/Account/AdminSetup", new Dictionary<string, string> { ["Input.Code"] = code }, "form.form-card");
        var replay = await coOwner.PostAsync("/Account/AdminSetup", new Dictionary<string, string> { ["Input.Code"] = code }, "form.form-card");

        Assert.Null(strangerPage.QuerySelector("form.form-card"));
        Assert.Contains("not listed", strangerPage.QuerySelector(".form-page")!.TextContent, StringComparison.Ordinal);
        Assert.True(await app.IsAdminAsync(Owner));
        Assert.Contains("not right", (await replay.ReadAsync()).QuerySelector(".alert")!.TextContent, StringComparison.Ordinal);
        Assert.False(await app.IsAdminAsync(CoOwner));
        Assert.Equal(1, Db.Count(app.Factory, "AdminSetupCodes", "RedeemedAt IS NOT NULL"));
        var stored = Db.Rows(app.Factory, "SELECT * FROM AdminSetupCodes").SelectMany(row => row.Values).OfType<string>();
        Assert.DoesNotContain(stored, value => value.Contains(code.Replace("-", string.Empty, StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task GuessingSetupCodesRunsIntoTheAccountFormLimit()
    {
        using var app = new AccountApp(emailOn: false, new Dictionary<string, string?>(OwnerIsAdmin) { ["RateLimits:AccountAttemptsPerAddress"] = "3" });
        var guesser = app.NewBrowser();
        await guesser.RegisterAsync(Owner);

        var answers = new List<HttpStatusCode>();
        for (var guess = 0; guess < 4; guess++)
        {
            answers.Add((await guesser.PostAsync("/Account/AdminSetup", new Dictionary<string, string> { ["Input.Code"] = $"AAAAA-BBBBB-CCCCC-DDDD{guess + 2}" }, "form.form-card")).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], answers);
        Assert.False(await app.IsAdminAsync(Owner));
    }

    [Fact]
    public async Task ARoleGrantedOutsideTheConfigurationIsTakenAwayAtSignIn()
    {
        using var app = new AccountApp(emailOn: false, OwnerIsAdmin);
        await app.CreateUserAsync("insider@example.com");
        await app.ServiceAsync(async services =>
        {
            var roles = services.GetRequiredService<Microsoft.AspNetCore.Identity.RoleManager<Microsoft.AspNetCore.Identity.IdentityRole>>();
            await roles.CreateAsync(new Microsoft.AspNetCore.Identity.IdentityRole(InterviewPrep.Web.Hosting.AccountExtensions.AdminRole));
            var users = AccountApp.Users(services);
            return await users.AddToRoleAsync((await users.FindByEmailAsync("insider@example.com"))!, InterviewPrep.Web.Hosting.AccountExtensions.AdminRole);
        });
        var insider = app.NewBrowser();

        await insider.SignInAsync("insider@example.com");
        var dashboard = await insider.Http.GetAsync(new Uri("/admin/analytics", UriKind.Relative));

        Assert.StartsWith("/Account/AccessDenied", dashboard.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        Assert.False(await app.IsAdminAsync("insider@example.com"));
    }

    [Fact]
    public async Task AnAddressTakenOffTheListLosesTheRoleAtTheNextStart()
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "interviewprep-tests", Guid.NewGuid().ToString("N"));
        using (var first = new AccountApp(emailOn: false, OwnerIsAdmin, dataDirectory: dataDirectory) { KeepData = true })
        {
            await first.CreateUserAsync(Owner);
            await first.NewBrowser().SignInAsync(Owner);
            Assert.True(await first.IsAdminAsync(Owner));
        }

        using var second = new AccountApp(emailOn: false, dataDirectory: dataDirectory);
        second.Web.CreateClient();

        Assert.False(await second.IsAdminAsync(Owner));
        Assert.Contains(second.Logs.Lines, line => line.Contains("Took the Admin role", StringComparison.Ordinal));
    }

    /// <summary>The code the app logged at startup, read back the way the operator would, from the log.</summary>
    internal static async Task<string> SetupCodeFromLogAsync(AccountApp app)
    {
        app.Web.CreateClient();
        string? line = null;
        await Eventually.TrueAsync(() => (line = app.Logs.Lines.FirstOrDefault(l => l.StartsWith("Admin setup:", StringComparison.Ordinal))) is not null, "the admin setup code in the log");
        return SetupCode().Match(line!).Value;
    }

    [GeneratedRegex("[2-9A-Z]{5}(-[2-9A-Z]{5}){3}$")]
    private static partial Regex SetupCode();
}
