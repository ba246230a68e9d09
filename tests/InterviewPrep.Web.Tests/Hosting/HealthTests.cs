using System.Text.Json;

namespace InterviewPrep.Web.Tests.Hosting;

/// <summary>
/// /healthz is public (the footer links to it), so it says only how the app is. What is wrong, with file names and
/// the database's error, is for admins and for callers on this machine that no proxy relayed.
/// </summary>
public sealed class HealthTests
{
    [Fact]
    public async Task AVisitorFromAnotherMachineGetsOnlyTheStatusWord()
    {
        using var app = new TestAppFactory();
        using var client = app.CreateClient();

        var body = await client.GetStringAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal("Healthy", body);
    }

    [Fact]
    public async Task AnAdminSeesEveryCheck()
    {
        const string admin = "health-admin@example.com";
        using var app = new TestAppFactory(useKestrel: false, settings: new Dictionary<string, string?> { ["Admin:Emails:0"] = admin, ["Admin:RequireTwoFactor"] = "false" });
        await using (var scope = app.Services.CreateAsyncScope())
        {
            // A confirmed address: registering a listed one is not enough to be an admin.
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<ApplicationUser>>();
            Assert.True((await users.CreateAsync(new ApplicationUser { UserName = admin, Email = admin, EmailConfirmed = true }, FormClient.Password)).Succeeded);
        }

        var client = new FormClient(app);
        await client.SignInAsync(admin);

        var response = await client.Http.GetAsync(new Uri("/healthz", UriKind.Relative));

        AssertDetails(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ASignedInUserWhoIsNotAnAdminGetsOnlyTheStatusWord()
    {
        using var app = new TestAppFactory();
        var client = new FormClient(app);
        await client.RegisterNewUserAsync();

        Assert.Equal("Healthy", await client.Http.GetStringAsync(new Uri("/healthz", UriKind.Relative)));
    }

    [Fact]
    public async Task ACallerOnThisMachineSeesEveryCheck()
    {
        using var app = new TestAppFactory(useKestrel: true);
        using var curl = new Curl(app);

        var response = await curl.GetAsync("/healthz");

        AssertDetails(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ALoopbackRequestThatAnUntrustedProxyRelayedGetsOnlyTheStatusWord()
    {
        using var app = new TestAppFactory(useKestrel: true);
        using var curl = new Curl(app);

        var response = await curl.GetAsync("/healthz", forwardedFor: "203.0.113.9");

        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AClientBehindATrustedProxyGetsOnlyTheStatusWord()
    {
        using var app = new TestAppFactory(useKestrel: true, settings: new Dictionary<string, string?> { ["ForwardedHeaders:KnownProxies:0"] = "127.0.0.1" });
        using var curl = new Curl(app);

        var response = await curl.GetAsync("/healthz", forwardedFor: "203.0.113.9");

        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    private static void AssertDetails(string body)
    {
        using var json = JsonDocument.Parse(body);
        Assert.Equal("Healthy", json.RootElement.GetProperty("status").GetString());
        Assert.Equal("Healthy", json.RootElement.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
        Assert.Equal("Healthy", json.RootElement.GetProperty("checks").GetProperty("content").GetProperty("status").GetString());
    }
}
