using Microsoft.AspNetCore.Mvc.Testing;

namespace InterviewPrep.Web.Tests.Components.Account;

public sealed class AccountRecoveryTests
{
    [Fact]
    public async Task ForgottenPasswordSendsAResetLinkThatSetsANewPassword()
    {
        using var app = new AccountApp(emailOn: true);
        var email = $"forgot-{Guid.NewGuid():N}@example.com";
        await app.CreateUserAsync(email);

        var anonymous = app.NewBrowser();
        var asked = await anonymous.SubmitAsync("/Account/ForgotPassword", "form.form-card", new Dictionary<string, string> { ["Input.Email"] = email });
        var unknown = await anonymous.SubmitAsync("/Account/ForgotPassword", "form.form-card", new Dictionary<string, string> { ["Input.Email"] = "nobody@example.com" });

        Assert.Equal("/Account/ForgotPasswordConfirmation", asked.Headers.Location!.AbsolutePath);
        Assert.Equal(asked.Headers.Location.AbsolutePath, unknown.Headers.Location!.AbsolutePath);
        var link = Assert.Single(app.Outbox.Links(email, "reset"));
        var resetUrl = new Uri(link).PathAndQuery;

        var reset = await anonymous.SubmitAsync(resetUrl, "form.form-card", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = "a completely new passphrase",
            ["Input.ConfirmPassword"] = "a completely new passphrase",
        });

        Assert.Equal("/Account/ResetPasswordConfirmation", reset.Headers.Location!.AbsolutePath);
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.SignInAsync(email, "a completely new passphrase")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.SignInAsync(email)).StatusCode);
    }

    [Fact]
    public async Task ASignInSurvivesAServerRestart()
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "interviewprep-tests", Guid.NewGuid().ToString("N"));
        string cookie;
        using (var first = new TestAppFactory(useKestrel: false, dataDirectory: dataDirectory) { KeepData = true })
        {
            var client = new FormClient(first);
            var registered = await client.RegisterAsync($"restart-{Guid.NewGuid():N}@example.com");
            cookie = string.Join("; ", registered.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        }

        using var second = new TestAppFactory(useKestrel: false, dataDirectory: dataDirectory);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/Account/Manage");
        request.Headers.Add("Cookie", cookie);
        var response = await second.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = second.ClientOptions.BaseAddress, AllowAutoRedirect = false }).SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
