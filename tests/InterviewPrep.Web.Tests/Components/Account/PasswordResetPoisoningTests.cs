using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace InterviewPrep.Web.Tests.Components.Account;

/// <summary>
/// Password-reset poisoning: the attacker asks for a reset of the victim's account with a forged <c>Host</c>
/// header, hoping the emailed link points at their server and hands them the token when the victim clicks.
/// </summary>
public sealed class PasswordResetPoisoningTests
{
    private const string Victim = "victim@example.com";

    [Fact]
    public async Task AResetAskedForWithAForgedHostEmailsALinkToTheConfiguredAddress()
    {
        using var app = new AccountApp(emailOn: true);
        await app.CreateUserAsync(Victim);

        var attacker = app.NewBrowser(host: "evil.example");
        var asked = await attacker.PostAsync("/Account/ForgotPassword", new Dictionary<string, string> { ["Input.Email"] = Victim });

        Assert.Equal("/Account/ForgotPasswordConfirmation", asked.Headers.Location!.AbsolutePath);
        var link = new Uri(Assert.Single(app.Outbox.Links(Victim, "reset")));
        Assert.Equal(new Uri(AccountApp.PublicBaseUrl).Authority, link.Authority);
        Assert.Equal("https", link.Scheme);
        Assert.Equal("/Account/ResetPassword", link.AbsolutePath);
        Assert.DoesNotContain("evil.example", link.AbsoluteUri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConfirmationLinksIgnoreAForgedHostToo()
    {
        using var app = new AccountApp(emailOn: true);

        var attacker = app.NewBrowser(host: "evil.example");
        await attacker.RegisterAsync("newcomer@example.com");

        var link = new Uri(Assert.Single(app.Outbox.Links("newcomer@example.com", "confirm")));
        Assert.StartsWith(AccountApp.PublicBaseUrl + "Account/ConfirmEmail?", link.AbsoluteUri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutEmailTheLoggedResetLinkAlsoUsesTheConfiguredAddress()
    {
        using var app = new AccountApp(emailOn: false, new Dictionary<string, string?> { ["App:PublicBaseUrl"] = "https://prep.example.org/base" });
        await app.NewBrowser().RegisterAsync(Victim);

        await app.NewBrowser(host: "evil.example").PostAsync("/Account/ForgotPassword", new Dictionary<string, string> { ["Input.Email"] = Victim });

        var logged = Assert.Single(app.Logs.Lines, line => line.Contains("password reset link", StringComparison.Ordinal));
        Assert.Contains("https://prep.example.org/base/Account/ResetPassword?code=", logged, StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example", logged, StringComparison.Ordinal);
    }

    [Fact]
    public void ProductionWithEmailRefusesToStartWithoutAPublicBaseUrl()
    {
        using var broken = new TestAppFactory(useKestrel: false, settings: new Dictionary<string, string?> { ["Email:SmtpHost"] = "smtp.example.com" });

        var error = Assert.ThrowsAny<Exception>(() => broken.CreateClient());

        var validation = Assert.IsType<OptionsValidationException>(error.GetBaseException());
        Assert.Contains("App:PublicBaseUrl is required", validation.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("interviewprep.example.com")]
    [InlineData("ftp://interviewprep.example.com/")]
    [InlineData("https://interviewprep.example.com/?next=x")]
    [InlineData("javascript:alert(1)")]
    public void APublicBaseUrlThatIsNotAnAbsoluteHttpAddressStopsTheApp(string value)
    {
        using var broken = new TestAppFactory(useKestrel: false, settings: new Dictionary<string, string?> { ["App:PublicBaseUrl"] = value });

        var error = Assert.ThrowsAny<Exception>(() => broken.CreateClient());

        Assert.Contains("App:PublicBaseUrl", Assert.IsType<OptionsValidationException>(error.GetBaseException()).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DevelopmentWithoutTheSettingFallsBackToTheRequestsOwnAddress()
    {
        using var app = new AccountApp(emailOn: true, environment: "Development", publicBaseUrl: null);
        await app.CreateUserAsync(Victim);

        await app.NewBrowser().PostAsync("/Account/ForgotPassword", new Dictionary<string, string> { ["Input.Email"] = Victim });

        Assert.StartsWith(new Uri(app.BaseAddress, "/Account/ResetPassword?code=").AbsoluteUri, Assert.Single(app.Outbox.Links(Victim, "reset")), StringComparison.Ordinal);
    }

    [Fact]
    public void AResetLinkLastsThirtyMinutes()
    {
        using var app = new AccountApp(emailOn: true);

        var lifespan = app.Service(s => s.GetRequiredService<IOptions<DataProtectionTokenProviderOptions>>().Value.TokenLifespan);

        Assert.Equal(TimeSpan.FromMinutes(30), lifespan);
    }
}
