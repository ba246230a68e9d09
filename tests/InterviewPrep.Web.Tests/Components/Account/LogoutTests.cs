namespace InterviewPrep.Web.Tests.Components.Account;

/// <summary>
/// Forced sign-out (logout CSRF): another site, an image tag or a link makes the visitor's browser sign out.
/// Signing out takes a POST with this site's antiforgery token; the token-less POST is refused in
/// <c>AntiforgeryEndpointsTests.SigningOutWithoutATokenIsRefusedAndTheSessionStays</c>.
/// </summary>
public sealed class LogoutTests(TestAppFactory factory) : IClassFixture<TestAppFactory>
{
    [Fact]
    public async Task AGetToTheLogoutAddressDoesNotSignOut()
    {
        var client = await SignedInAsync();

        var response = await client.Http.GetAsync(new Uri("/Account/Logout", UriKind.Relative));

        Assert.NotEqual(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(response.IsSuccessStatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync(new Uri("/Account/Manage", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task ThePostFromTheSitesOwnFormSignsOut()
    {
        var client = await SignedInAsync();

        var response = await client.SignOutAsync();

        Assert.Equal("/", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await client.Http.GetAsync(new Uri("/Account/Manage", UriKind.Relative))).StatusCode);
    }

    private async Task<FormClient> SignedInAsync()
    {
        var client = new FormClient(factory);
        await client.RegisterAsync($"logout-{Guid.NewGuid():N}@example.com");
        return client;
    }
}
