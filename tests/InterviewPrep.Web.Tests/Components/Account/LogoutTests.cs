namespace InterviewPrep.Web.Tests.Components.Account;

/// <summary>
/// Forced sign-out (logout CSRF): another site, an image tag or a link makes the visitor's browser sign out.
/// Signing out takes a POST with this site's antiforgery token.
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
    public async Task APostWithoutTheAntiforgeryTokenIsRefusedAndTheSessionGoesOn()
    {
        var client = await SignedInAsync();

        using var crossSite = new FormUrlEncodedContent(new Dictionary<string, string> { ["returnUrl"] = "/" });
        var response = await client.Http.PostAsync(new Uri("/Account/Logout", UriKind.Relative), crossSite);
        using var empty = new StringContent(string.Empty);
        var noForm = await client.Http.PostAsync(new Uri("/Account/Logout", UriKind.Relative), empty);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(noForm.IsSuccessStatusCode || noForm.StatusCode == HttpStatusCode.Redirect, $"answered {(int)noForm.StatusCode}");
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync(new Uri("/Account/Manage", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task ThePersonalDataDownloadAlsoNeedsTheToken()
    {
        var client = await SignedInAsync();

        using var crossSite = new FormUrlEncodedContent(new Dictionary<string, string>());
        var response = await client.Http.PostAsync(new Uri("/Account/Manage/DownloadPersonalData", UriKind.Relative), crossSite);
        var withToken = await client.SubmitAsync("/Account/Manage", "form[action='Account/Manage/DownloadPersonalData']", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/json", withToken.Content.Headers.ContentType!.MediaType);
    }

    private async Task<FormClient> SignedInAsync()
    {
        var client = new FormClient(factory);
        await client.RegisterAsync($"logout-{Guid.NewGuid():N}@example.com");
        return client;
    }
}
