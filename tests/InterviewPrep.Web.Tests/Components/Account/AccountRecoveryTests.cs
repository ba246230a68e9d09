using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;

namespace InterviewPrep.Web.Tests.Components.Account;

public sealed class AccountRecoveryTests
{
    [Fact]
    public async Task ForgottenPasswordSendsAResetLinkThatSetsANewPassword()
    {
        var outbox = new Outbox();
        using var baseFactory = new TestAppFactory();
        using var factory = baseFactory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IEmailSender<ApplicationUser>>(outbox)));
        var email = $"forgot-{Guid.NewGuid():N}@example.com";
        var client = new FormClient(baseFactory, factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = factory.ClientOptions.BaseAddress, AllowAutoRedirect = false }));
        await client.RegisterAsync(email);

        var anonymous = new FormClient(baseFactory, factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = factory.ClientOptions.BaseAddress, AllowAutoRedirect = false }));
        var asked = await anonymous.SubmitAsync("/Account/ForgotPassword", "form.form-card", new Dictionary<string, string> { ["Input.Email"] = email });
        var unknown = await anonymous.SubmitAsync("/Account/ForgotPassword", "form.form-card", new Dictionary<string, string> { ["Input.Email"] = "nobody@example.com" });

        Assert.Equal("/Account/ForgotPasswordConfirmation", asked.Headers.Location!.AbsolutePath);
        Assert.Equal(asked.Headers.Location.AbsolutePath, unknown.Headers.Location!.AbsolutePath);
        var link = Assert.Single(outbox.ResetLinks);
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

    private sealed class Outbox : IEmailSender<ApplicationUser>
    {
        public List<string> ResetLinks { get; } = [];

        public Task SendConfirmationLinkAsync(ApplicationUser user, string email, string confirmationLink) => Task.CompletedTask;

        public Task SendPasswordResetLinkAsync(ApplicationUser user, string email, string resetLink)
        {
            ResetLinks.Add(resetLink);
            return Task.CompletedTask;
        }

        public Task SendPasswordResetCodeAsync(ApplicationUser user, string email, string resetCode) => Task.CompletedTask;
    }
}
