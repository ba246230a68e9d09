using System.Net.Http.Headers;
using InterviewPrep.Web.Features.Stories;

namespace InterviewPrep.Web.Tests.Features.Stories;

public sealed class StoryRoutesTests(TestAppFactory factory) : IClassFixture<TestAppFactory>
{
    private StoryBank Bank => factory.Services.GetRequiredService<StoryBank>();

    [Fact]
    public async Task EveryStoryPageAnswersItsOwnerAndNotFoundToAnyoneElse()
    {
        var owner = new FormClient(factory);
        var ownerId = await owner.RegisterNewUserAsync();
        var intruder = new FormClient(factory);
        await intruder.RegisterNewUserAsync();
        var (story, revisionId) = await StoryWithHistoryAsync(ownerId);

        string[] pages = [$"/stories/{story.Id}", $"/stories/{story.Id}/edit", $"/stories/{story.Id}/history", $"/stories/{story.Id}/history/{revisionId}"];
        foreach (var url in pages)
        {
            var mine = await owner.Http.GetAsync(new Uri(url, UriKind.Relative));
            var theirs = await intruder.Http.GetAsync(new Uri(url, UriKind.Relative));
            var body = await theirs.Content.ReadAsStringAsync();

            Assert.True(mine.StatusCode == HttpStatusCode.OK, $"{url} answered its owner {(int)mine.StatusCode}");
            Assert.True(theirs.StatusCode == HttpStatusCode.NotFound, $"{url} answered another user {(int)theirs.StatusCode}");
            Assert.DoesNotContain("Private title", body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task FormPostsOnAnotherUsersStoryAreNotFoundAndChangeNothing()
    {
        var owner = new FormClient(factory);
        var ownerId = await owner.RegisterNewUserAsync();
        var intruder = new FormClient(factory);
        await intruder.RegisterNewUserAsync();
        var (story, revisionId) = await StoryWithHistoryAsync(ownerId);

        // The intruder posts with a valid antiforgery token of their own, taken from their own page.
        var restore = await intruder.SubmitAsync("/stories/import", "form.form-card", new Dictionary<string, string>(), $"/stories/{story.Id}/history/{revisionId}/restore");
        var delete = await intruder.SubmitAsync("/stories/import", "form.form-card", new Dictionary<string, string>(), $"/stories/{story.Id}/delete");

        Assert.Equal(HttpStatusCode.NotFound, restore.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
        Assert.Equal("Private title, edited", (await Bank.FindAsync(ownerId, story.Id))!.Title);
    }

    [Fact]
    public async Task TheOwnerCanRestoreAndDeleteWithFormPosts()
    {
        var owner = new FormClient(factory);
        var ownerId = await owner.RegisterNewUserAsync();
        var (story, revisionId) = await StoryWithHistoryAsync(ownerId);

        var restore = await owner.SubmitAsync($"/stories/{story.Id}/history/{revisionId}", "form[action$=restore]", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, restore.StatusCode);
        Assert.Equal("Private title", (await Bank.FindAsync(ownerId, story.Id))!.Title);

        var delete = await owner.SubmitAsync($"/stories/{story.Id}", "form.delete-form", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, delete.StatusCode);
        Assert.Null(await Bank.FindAsync(ownerId, story.Id));
    }

    [Fact]
    public async Task ExportsContainOnlyTheSignedInUsersStories()
    {
        var owner = new FormClient(factory);
        var ownerId = await owner.RegisterNewUserAsync();
        var other = new FormClient(factory);
        await other.RegisterNewUserAsync();
        await StoryWithHistoryAsync(ownerId);

        var mineJson = await owner.Http.GetStringAsync(new Uri("/stories/export.json", UriKind.Relative));
        var mineMarkdown = await owner.Http.GetStringAsync(new Uri("/stories/export.md", UriKind.Relative));
        var theirsJson = await other.Http.GetStringAsync(new Uri("/stories/export.json", UriKind.Relative));
        var theirsMarkdown = await other.Http.GetStringAsync(new Uri("/stories/export.md", UriKind.Relative));

        Assert.Contains("Private title, edited", mineJson, StringComparison.Ordinal);
        Assert.Contains("## Private title, edited", mineMarkdown, StringComparison.Ordinal);
        Assert.Contains("### Situation", mineMarkdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Private title", theirsJson, StringComparison.Ordinal);
        Assert.DoesNotContain("Private title", theirsMarkdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportThroughTheFormRestoresTheExportAndReimportAddsNothing()
    {
        var source = new FormClient(factory);
        var sourceId = await source.RegisterNewUserAsync();
        await StoryWithHistoryAsync(sourceId);
        var json = await source.Http.GetByteArrayAsync(new Uri("/stories/export.json", UriKind.Relative));
        var target = new FormClient(factory);
        var targetId = await target.RegisterNewUserAsync();

        var first = await PostImportAsync(target, json);
        var second = await PostImportAsync(target, json);
        var broken = await PostImportAsync(target, "{ not json"u8.ToArray());

        Assert.Equal("/stories?imported=1&updated=0&unchanged=0", first.Headers.Location!.OriginalString);
        Assert.Equal("/stories?imported=0&updated=0&unchanged=1", second.Headers.Location!.OriginalString);
        Assert.StartsWith("/stories/import?error=", broken.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Single(await Bank.AllAsync(targetId));
        var (_, page) = await HtmlPage.GetAsync(target.Http, broken.Headers.Location.OriginalString);
        Assert.Contains("not valid JSON", page.QuerySelector(".alert-error")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnImportedFileWithAHugeTitleOrAnUnknownPrincipleIsRefusedAndImportsNothing()
    {
        var target = new FormClient(factory);
        var targetId = await target.RegisterNewUserAsync();
        var hugeTitle = System.Text.Encoding.UTF8.GetBytes($$"""{"format":"{{StoryExportFile.FormatName}}","version":1,"stories":[{"id":"{{Guid.NewGuid()}}","title":"{{new string('x', 200_000)}}"}]}""");
        var unknownPrinciple = System.Text.Encoding.UTF8.GetBytes($$"""{"format":"{{StoryExportFile.FormatName}}","version":1,"stories":[{"id":"{{Guid.NewGuid()}}","title":"Fine","principles":["make-it-up"]}]}""");

        var huge = await PostImportAsync(target, hugeTitle);
        var unknown = await PostImportAsync(target, unknownPrinciple);

        var (_, hugePage) = await HtmlPage.GetAsync(target.Http, huge.Headers.Location!.OriginalString);
        var (_, unknownPage) = await HtmlPage.GetAsync(target.Http, unknown.Headers.Location!.OriginalString);
        Assert.Contains("Story 1", hugePage.QuerySelector(".alert-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("The title is 200,000 characters", hugePage.QuerySelector(".alert-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("\"make-it-up\" is not a principle", unknownPage.QuerySelector(".alert-error")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(await Bank.AllAsync(targetId));
    }

    [Fact]
    public async Task StoryTextIsShownAsTextNeverAsHtml()
    {
        var owner = new FormClient(factory);
        var ownerId = await owner.RegisterNewUserAsync();
        var story = await Bank.CreateAsync(ownerId, StoryContent.Empty with
        {
            Title = "<img src=x onerror=alert(1)>",
            Star = StarFields.Empty with
            {
                Situation = "<script>alert('owned')</script>",
                Action = "[click me](javascript:alert(1)) and <a href=\"javascript:alert(2)\">this</a>",
            },
            Tags = ["<b>bold</b>"],
        });

        var (_, page) = await HtmlPage.GetAsync(owner.Http, $"/stories/{story.Id}");
        var (_, list) = await HtmlPage.GetAsync(owner.Http, "/stories");

        var view = page.QuerySelector(".story-page")!;
        Assert.Empty(view.QuerySelectorAll("script, img, b"));
        Assert.DoesNotContain(view.QuerySelectorAll("a"), a => a.GetAttribute("href")!.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("<script>alert('owned')</script>", view.TextContent, StringComparison.Ordinal);
        Assert.Equal("<img src=x onerror=alert(1)>", page.QuerySelector("h1")!.TextContent);
        Assert.Empty(list.QuerySelectorAll(".story-list img, .story-list script, .story-list b"));
    }

    [Fact]
    public async Task AnonymousVisitorsAreSentToSignInForStoryPagesAndDownloads()
    {
        var anonymous = new FormClient(factory);

        foreach (var url in new[] { "/stories/1", "/stories/1/edit", "/stories/new", "/stories/coverage", "/stories/export.json", "/stories/export.md", "/stories/import" })
        {
            var response = await anonymous.Http.GetAsync(new Uri(url, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{url} answered {(int)response.StatusCode}");
            Assert.Equal("/Account/Login", response.Headers.Location!.AbsolutePath);
        }

        var (landing, page) = await HtmlPage.GetAsync(anonymous.Http, "/stories");
        Assert.Equal(HttpStatusCode.OK, landing.StatusCode);
        Assert.NotNull(page.QuerySelector("a[href^='Account/Register']"));
    }

    [Fact]
    public async Task CoveragePageShowsGapsWithLinksToTheQuestions()
    {
        var owner = new FormClient(factory);
        var ownerId = await owner.RegisterNewUserAsync();
        await Bank.CreateAsync(ownerId, StoryContent.Empty with { Title = "One story", Principles = ["dive-deep"] });

        var (_, page) = await HtmlPage.GetAsync(owner.Http, "/stories/coverage");

        var diveDeep = page.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th")!.TextContent == "Dive Deep");
        Assert.Contains("gap", diveDeep.ClassList);
        Assert.Equal("principles/dive-deep#questions", diveDeep.QuerySelector(".gap-link")!.GetAttribute("href"));
        Assert.Equal("No story: see questions", page.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th")!.TextContent == "Frugality").QuerySelector(".gap-link")!.TextContent);
    }

    [Fact]
    public async Task DeletingTheAccountDeletesItsStoriesAndDownloadingDataIncludesThem()
    {
        var owner = new FormClient(factory);
        var ownerId = await owner.RegisterNewUserAsync();
        var (story, revisionId) = await StoryWithHistoryAsync(ownerId);

        var download = await owner.SubmitAsync("/Account/Manage", "form[action='Account/Manage/DownloadPersonalData']", new Dictionary<string, string>());
        var data = await download.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Contains("Private title, edited", data, StringComparison.Ordinal);
        Assert.Contains("Something only I should read.", data, StringComparison.Ordinal);
        using (var json = System.Text.Json.JsonDocument.Parse(data))
        {
            var exported = json.RootElement.GetProperty("stories").EnumerateArray().Single();
            Assert.Equal("Something only I should read.", exported.GetProperty("story").GetProperty("situation").GetString());
            var revision = exported.GetProperty("revisions").EnumerateArray().Single();
            Assert.Equal("Private title", revision.GetProperty("content").GetProperty("title").GetString());
        }

        var deleted = await owner.SubmitAsync("/Account/Manage/DeleteAccount", "form.form-card", new Dictionary<string, string> { ["Input.Password"] = FormClient.Password });

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(0L, Count("SELECT COUNT(*) FROM AspNetUsers WHERE Id = $id", ownerId));
        Assert.Equal(0L, Count("SELECT COUNT(*) FROM Stories WHERE UserId = $id", ownerId));
        Assert.Equal(0L, Count("SELECT COUNT(*) FROM StoryRevisions WHERE StoryId = $id", story.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.True(revisionId > 0);
    }

    private long Count(string sql, string id)
    {
        using var db = factory.OpenDatabase();
        using var command = db.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$id", id);
        return (long)command.ExecuteScalar()!;
    }

    private async Task<(Story Story, int RevisionId)> StoryWithHistoryAsync(string userId)
    {
        var story = await Bank.CreateAsync(userId, StoryContent.Empty with { Title = "Private title", Star = StarFields.Empty with { Situation = "Something only I should read." }, Level = Level.Mid });
        await Bank.SaveAsync(userId, story.Id, StoryContent.Empty with { Title = "Private title, edited", Star = StarFields.Empty with { Situation = "Something only I should read." } }, story.Version);
        var revision = (await Bank.RevisionsAsync(userId, story.Id))[0];
        return ((await Bank.FindAsync(userId, story.Id))!, revision.Id);
    }

    private static async Task<HttpResponseMessage> PostImportAsync(FormClient client, byte[] json)
    {
        var (_, page) = await HtmlPage.GetAsync(client.Http, "/stories/import");
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        var file = new ByteArrayContent(json);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        form.Add(file, "file", "stories.json");
        return await client.Http.PostAsync(new Uri("/stories/import", UriKind.Relative), form);
    }
}
