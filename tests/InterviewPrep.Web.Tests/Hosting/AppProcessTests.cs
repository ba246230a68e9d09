namespace InterviewPrep.Web.Tests.Hosting;

public sealed class AppProcessTests
{
    [Fact]
    public async Task TheAppAsItsOwnProcessServesPagesWithTheirStylesAndComesBackOnTheSamePortAfterAKill()
    {
        await using var app = new AppProcess();
        using var client = new HttpClient { BaseAddress = app.BaseAddress };

        await app.StartAsync();
        var (_, home) = await HtmlPage.GetAsync(client, "/");
        var stylesheet = home.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        var css = await client.GetStringAsync(new Uri("/" + stylesheet, UriKind.Relative));
        Assert.Contains("{", css, StringComparison.Ordinal);

        await app.KillAsync();
        Assert.False(app.IsRunning);
        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync(new Uri("/healthz", UriKind.Relative)));

        await app.StartAsync();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode);
    }
}
