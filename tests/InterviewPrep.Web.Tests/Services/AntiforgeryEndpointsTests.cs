using System.Net.Http.Headers;

namespace InterviewPrep.Web.Tests.Services;

/// <summary>
/// Cross-site request forgery as an attacker runs it: a page elsewhere makes the signed-in victim's browser post to
/// the app, cookies attached, with no antiforgery token because the attacker cannot read one. Every state-changing
/// endpoint must refuse it and change nothing, the ones that post no body at all included.
/// </summary>
public sealed class AntiforgeryEndpointsTests(TestAppFactory factory) : IClassFixture<TestAppFactory>
{
    private StoryBank Bank => factory.Services.GetRequiredService<StoryBank>();

    [Fact]
    public async Task DeletingAStoryWithoutATokenIsRefusedAndTheStoryStays()
    {
        var (victim, userId, story, _) = await VictimWithStoryAsync();

        var response = await PostWithoutTokenAsync(victim, $"/stories/{story.Id}/delete");

        await AssertRefusedAsync(response);
        Assert.NotNull(await Bank.FindAsync(userId, story.Id));
    }

    [Fact]
    public async Task RestoringARevisionWithoutATokenIsRefusedAndTheStoryIsUnchanged()
    {
        var (victim, userId, story, revisionId) = await VictimWithStoryAsync();

        var response = await PostWithoutTokenAsync(victim, $"/stories/{story.Id}/history/{revisionId}/restore");

        await AssertRefusedAsync(response);
        var current = (await Bank.FindAsync(userId, story.Id))!;
        Assert.Equal(("Current title", story.Version), (current.Title, current.Version));
    }

    [Fact]
    public async Task ImportingWithoutATokenIsRefusedAndAddsNothing()
    {
        var (victim, userId, _, _) = await VictimWithStoryAsync();
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent("""{"stories":[{"title":"Planted by an attacker"}]}"""u8.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        form.Add(file, "file", "stories.json");

        var response = await victim.Http.PostAsync(new Uri("/stories/import", UriKind.Relative), form);

        await AssertRefusedAsync(response);
        Assert.Single(await Bank.AllAsync(userId));
    }

    [Fact]
    public async Task SigningOutWithoutATokenIsRefusedAndTheSessionStays()
    {
        var (victim, _, _, _) = await VictimWithStoryAsync();

        var response = await PostWithoutTokenAsync(victim, "/Account/Logout");

        await AssertRefusedAsync(response);
        var stories = await victim.Http.GetAsync(new Uri("/stories/new", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, stories.StatusCode);
    }

    [Fact]
    public async Task DownloadingPersonalDataWithoutATokenIsRefused()
    {
        var (victim, _, _, _) = await VictimWithStoryAsync();

        var response = await PostWithoutTokenAsync(victim, "/Account/Manage/DownloadPersonalData");

        await AssertRefusedAsync(response);
        Assert.DoesNotContain("Current title", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherVisitorsTokenDoesNotOpenTheVictimsForms()
    {
        var (victim, userId, story, _) = await VictimWithStoryAsync();
        var attacker = new FormClient(factory);
        var (_, page) = await HtmlPage.GetAsync(attacker.Http, "/Account/Login");
        var attackersToken = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var response = await victim.Http.PostAsync(
            new Uri($"/stories/{story.Id}/delete", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = attackersToken }));

        await AssertRefusedAsync(response);
        Assert.NotNull(await Bank.FindAsync(userId, story.Id));
    }

    private async Task<(FormClient Victim, string UserId, Story Story, int RevisionId)> VictimWithStoryAsync()
    {
        var victim = new FormClient(factory);
        var userId = await victim.RegisterNewUserAsync();
        var story = await Bank.CreateAsync(userId, StoryContent.Empty with { Title = "First title" });
        await Bank.SaveAsync(userId, story.Id, StoryContent.Empty with { Title = "Current title" }, story.Version);
        var revisionId = (await Bank.RevisionsAsync(userId, story.Id))[0].Id;
        return (victim, userId, (await Bank.FindAsync(userId, story.Id))!, revisionId);
    }

    private static Task<HttpResponseMessage> PostWithoutTokenAsync(FormClient client, string path) =>
        client.Http.PostAsync(new Uri(path, UriKind.Relative), content: null);

    private static async Task AssertRefusedAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Nothing was changed", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
