using InterviewPrep.Web.Features.Stories;

namespace InterviewPrep.Web.Tests.Services;

/// <summary>The story bank's handlers against a real SQLite file migrated like production.</summary>
public sealed class StoryBankTests(TestAppFactory factory) : IClassFixture<TestAppFactory>
{
    private StoryBank Bank => factory.Services.GetRequiredService<StoryBank>();

    private ContentCatalog Catalog => factory.Services.GetRequiredService<ContentStore>().Current;

    [Fact]
    public async Task EverySaveKeepsThePreviousVersionAndAnyVersionCanBeRestored()
    {
        var userId = await NewUserAsync();
        var story = await Bank.CreateAsync(userId, Content("Version one"));

        var second = await Bank.SaveAsync(userId, story.Id, Content("Version two"), story.Version);
        var third = await Bank.SaveAsync(userId, story.Id, Content("Version three"), second.Story!.Version);
        var revisions = await Bank.RevisionsAsync(userId, story.Id);

        Assert.Equal(SaveStatus.Saved, third.Status);
        Assert.Equal(["Version two", "Version one"], revisions.Select(r => StoryContent.FromJson(r.ContentJson).Title));

        var restored = await Bank.RestoreAsync(userId, story.Id, revisions[1].Id);

        Assert.Equal(SaveStatus.Saved, restored.Status);
        Assert.Equal("Version one", (await Bank.FindAsync(userId, story.Id))!.Title);
        Assert.Equal("Version three", StoryContent.FromJson((await Bank.RevisionsAsync(userId, story.Id))[0].ContentJson).Title);
    }

    [Fact]
    public async Task SavingAStaleVersionIsAConflictThatWritesNothing()
    {
        var userId = await NewUserAsync();
        var story = await Bank.CreateAsync(userId, Content("Original"));
        await Bank.SaveAsync(userId, story.Id, Content("Saved in another tab"), story.Version);

        var stale = await Bank.SaveAsync(userId, story.Id, Content("Saved in this tab"), story.Version);

        Assert.Equal(SaveStatus.Conflict, stale.Status);
        Assert.Equal("Saved in another tab", stale.Story!.Title);
        Assert.Equal("Saved in another tab", (await Bank.FindAsync(userId, story.Id))!.Title);
        Assert.True(await Bank.KeepAsRevisionAsync(userId, story.Id, Content("Saved in this tab")));
        Assert.Contains(await Bank.RevisionsAsync(userId, story.Id), r => r.Reason == RevisionReasons.Conflict && r.ContentJson.Contains("Saved in this tab", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SearchFindsWordsAndPrefixesInTheOwnersStoriesOnly()
    {
        var owner = await NewUserAsync();
        var other = await NewUserAsync();
        await Bank.CreateAsync(owner, Content("Kafka disk pressure", action: "I throttled the partition reassignment to 50 megabytes per second."));
        await Bank.CreateAsync(owner, Content("Hiring loop redesign", action: "I rewrote the rubric for the system design interview."));
        await Bank.CreateAsync(other, Content("Someone else's Kafka story", action: "I reassigned partitions too."));

        var byWord = await Bank.ListAsync(owner, new StoryFilter("reassignment"));
        var byPrefix = await Bank.ListAsync(owner, new StoryFilter("throttl partition"));
        var bothWordsNeeded = await Bank.ListAsync(owner, new StoryFilter("kafka rubric"));
        var syntaxIsHarmless = await Bank.ListAsync(owner, new StoryFilter("\"kafka\" OR NEAR( *"));

        Assert.Equal(["Kafka disk pressure"], byWord.Select(s => s.Title));
        Assert.Equal(["Kafka disk pressure"], byPrefix.Select(s => s.Title));
        Assert.Empty(bothWordsNeeded);
        Assert.All(syntaxIsHarmless, s => Assert.Equal(owner, s.UserId));
    }

    [Fact]
    public async Task ListFiltersByPrincipleAndTagAndSortsByLastUpdate()
    {
        var userId = await NewUserAsync();
        var older = await Bank.CreateAsync(userId, Content("Older") with { Principles = ["dive-deep"], Tags = ["payments"] });
        await Bank.CreateAsync(userId, Content("Newer") with { Principles = ["ownership"], Tags = ["payments"] });
        await Bank.SaveAsync(userId, older.Id, Content("Older, edited") with { Principles = ["dive-deep"], Tags = ["payments"] }, older.Version);

        Assert.Equal(["Older, edited", "Newer"], (await Bank.ListAsync(userId, new StoryFilter())).Select(s => s.Title));
        Assert.Equal(["Newer"], (await Bank.ListAsync(userId, new StoryFilter(Principle: "ownership"))).Select(s => s.Title));
        Assert.Equal(2, (await Bank.ListAsync(userId, new StoryFilter(Tag: "payments"))).Count);
        Assert.Equal(["payments"], await Bank.TagsAsync(userId));
    }

    [Fact]
    public async Task CoverageMarksPrinciplesWithNoStoryOrFewerThanThreeQuestions()
    {
        var userId = await NewUserAsync();
        var diveDeep = Catalog.FindPrinciple("dive-deep")!;
        await Bank.CreateAsync(userId, Content("Three questions") with
        {
            Principles = ["dive-deep", "ownership"],
            Questions = diveDeep.Questions.Take(3).Select(q => q.Key).ToList(),
        });

        var rows = StoryCoverage.Compute(Catalog, await Bank.AllAsync(userId));

        Assert.False(rows.Single(r => r.Principle.Slug == "dive-deep").IsGap);
        var ownership = rows.Single(r => r.Principle.Slug == "ownership");
        Assert.True(ownership.IsGap);
        Assert.False(ownership.HasNoStory);
        Assert.True(rows.Single(r => r.Principle.Slug == "frugality").HasNoStory);
    }

    [Fact]
    public async Task ExportedJsonImportsBackWithoutDuplicates()
    {
        var userId = await NewUserAsync();
        await Bank.CreateAsync(userId, Content("First") with { Principles = ["dive-deep"], Tags = ["2024"] });
        await Bank.CreateAsync(userId, Content("Second"));
        var json = StoryExport.ToJson(await Bank.AllAsync(userId), DateTime.UtcNow);

        var (parsed, error) = StoryExport.FromJson(new MemoryStream(json));
        var again = await Bank.ImportAsync(userId, parsed);
        var elsewhere = await NewUserAsync();
        var restored = await Bank.ImportAsync(elsewhere, parsed);

        Assert.Null(error);
        Assert.Equal(new ImportResult(0, 0, 2), again);
        Assert.Equal(2, (await Bank.AllAsync(userId)).Count);
        Assert.Equal(new ImportResult(2, 0, 0), restored);
        var copy = (await Bank.AllAsync(elsewhere)).Single(s => s.Title == "First");
        Assert.Equal(["dive-deep"], copy.Principles);
        Assert.Equal(["2024"], copy.Tags);
        Assert.Equal(new ImportResult(0, 0, 2), await Bank.ImportAsync(elsewhere, parsed));
    }

    [Fact]
    public async Task ImportingAnEditedExportUpdatesTheStoryAndKeepsTheOldVersion()
    {
        var userId = await NewUserAsync();
        var story = await Bank.CreateAsync(userId, Content("Before"));
        var exported = ExportedStory.From((await Bank.FindAsync(userId, story.Id))!) with { Title = "After" };

        var result = await Bank.ImportAsync(userId, [exported]);

        Assert.Equal(new ImportResult(0, 1, 0), result);
        Assert.Equal("After", (await Bank.FindAsync(userId, story.Id))!.Title);
        Assert.Single(await Bank.RevisionsAsync(userId, story.Id));
    }

    [Fact]
    public async Task AnotherUsersStoryIsNotFoundByAnyHandler()
    {
        var owner = await NewUserAsync();
        var intruder = await NewUserAsync();
        var story = await Bank.CreateAsync(owner, Content("Private"));
        await Bank.SaveAsync(owner, story.Id, Content("Private, edited"), story.Version);
        var revision = (await Bank.RevisionsAsync(owner, story.Id))[0];

        Assert.Null(await Bank.FindAsync(intruder, story.Id));
        Assert.Equal(SaveStatus.NotFound, (await Bank.SaveAsync(intruder, story.Id, Content("Overwritten"), 2)).Status);
        Assert.False(await Bank.SaveDraftAsync(intruder, story.Id, Content("Draft"), 2));
        Assert.False(await Bank.KeepAsRevisionAsync(intruder, story.Id, Content("Sneaky")));
        Assert.Empty(await Bank.RevisionsAsync(intruder, story.Id));
        Assert.Null(await Bank.FindRevisionAsync(intruder, story.Id, revision.Id));
        Assert.Equal(SaveStatus.NotFound, (await Bank.RestoreAsync(intruder, story.Id, revision.Id)).Status);
        Assert.False(await Bank.DeleteAsync(intruder, story.Id));
        Assert.Empty(await Bank.AllAsync(intruder));
        Assert.Equal("Private, edited", (await Bank.FindAsync(owner, story.Id))!.Title);
    }

    [Fact]
    public async Task DraftsKeepWhatWasTypedUntilTheStoryIsSaved()
    {
        var userId = await NewUserAsync();
        var story = await Bank.CreateAsync(userId, Content("Saved"));

        Assert.True(await Bank.SaveDraftAsync(userId, story.Id, Content("Typed but not saved"), story.Version));
        Assert.Equal("Typed but not saved", StoryContent.FromJson((await Bank.FindDraftAsync(userId, story.Id))!.ContentJson).Title);

        await Bank.SaveAsync(userId, story.Id, Content("Typed and saved"), story.Version);
        Assert.Null(await Bank.FindDraftAsync(userId, story.Id));
    }

    [Fact]
    public void LimitsAreCheckedWithAMessageNamingTheFieldAndTheSize()
    {
        var pasted = new string('x', 40 * 1024);
        var errors = StoryValidator.Validate(Content(new string('t', 201), action: pasted) with { Principles = ["no-such-principle"] }, Catalog);

        Assert.Contains("201 characters; the limit is 200", errors["Title"], StringComparison.Ordinal);
        Assert.Contains("40,960 characters; the limit is 10,000", errors["Action"], StringComparison.Ordinal);
        Assert.Contains("no-such-principle", errors["Principles"], StringComparison.Ordinal);
        Assert.Empty(StoryValidator.Validate(Content("Fine") with { Principles = ["dive-deep"] }, Catalog));
        var repeated = Enumerable.Repeat("dive-deep", Catalog.Principles.Count + 1).ToList();
        Assert.Contains("each once", StoryValidator.Validate(Content("Repeated") with { Principles = repeated }, Catalog)["Principles"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryWritePathRefusesTextOverTheLimitsAndWritesNothing()
    {
        var userId = await NewUserAsync();
        var story = await Bank.CreateAsync(userId, Content("Within the limits"));
        var huge = Content(new string('x', 200_000));
        var unknown = Content("Unknown principle") with { Principles = ["not-a-principle"] };

        await Assert.ThrowsAsync<StoryRejectedException>(() => Bank.CreateAsync(userId, huge));
        await Assert.ThrowsAsync<StoryRejectedException>(() => Bank.SaveAsync(userId, story.Id, unknown, story.Version));
        await Assert.ThrowsAsync<StoryRejectedException>(() => Bank.SaveAsync(userId, story.Id, huge, story.Version, RevisionReasons.Conflict));
        await Assert.ThrowsAsync<StoryRejectedException>(() => Bank.KeepAsRevisionAsync(userId, story.Id, huge));
        var draft = await Assert.ThrowsAsync<StoryRejectedException>(() => Bank.SaveDraftAsync(userId, story.Id, huge, story.Version));

        Assert.StartsWith("The title is 200,000 characters; the limit is 200.", draft.Errors[nameof(StoryContent.Title)], StringComparison.Ordinal);
        Assert.Single(await Bank.AllAsync(userId));
        Assert.Equal(("Within the limits", 1), ((await Bank.FindAsync(userId, story.Id))!.Title, (await Bank.FindAsync(userId, story.Id))!.Version));
        Assert.Empty(await Bank.RevisionsAsync(userId, story.Id));
        Assert.Null(await Bank.FindDraftAsync(userId, story.Id));
    }

    [Fact]
    public async Task ADraftMayHaveNoTitleYet()
    {
        var userId = await NewUserAsync();

        Assert.True(await Bank.SaveDraftAsync(userId, null, Content(string.Empty), 0));
    }

    [Fact]
    public async Task AnImportThatBreaksALimitNamesTheStoryAndImportsNothing()
    {
        var userId = await NewUserAsync();
        ExportedStory[] file =
        [
            Exported("A fine story"),
            Exported(new string('t', 200_000)),
        ];

        var rejected = await Assert.ThrowsAsync<StoryRejectedException>(() => Bank.ImportAsync(userId, file));

        Assert.StartsWith("Story 2 (\"tttttttttttttttttttttttttttttttttttttttt...\") cannot be imported: The title is 200,000 characters", rejected.Message, StringComparison.Ordinal);
        Assert.Empty(await Bank.AllAsync(userId));
    }

    [Fact]
    public async Task OneAccountKeepsAtMostItsQuotaOfStories()
    {
        var userId = await NewUserAsync();
        var almostFull = Enumerable.Range(1, StoryLimits.StoriesPerUser - 1).Select(i => Exported($"Story {i}")).ToList();
        await Bank.ImportAsync(userId, almostFull);

        var last = await Bank.CreateAsync(userId, Content("The last one that fits"));
        var over = await Assert.ThrowsAsync<StoryRejectedException>(() => Bank.CreateAsync(userId, Content("One too many")));
        var overByImport = await Assert.ThrowsAsync<StoryRejectedException>(() => Bank.ImportAsync(userId, [Exported("Imported one too many")]));

        Assert.NotNull(last);
        Assert.Contains("one account can keep 1,000", over.Errors[StoryRejectedException.Story], StringComparison.Ordinal);
        Assert.Equal(over.Message, overByImport.Message);
        Assert.Equal(StoryLimits.StoriesPerUser, (await Bank.AllAsync(userId)).Count);
    }

    [Fact]
    public async Task AStoryKeepsItsNewestRevisionsUpToTheLimit()
    {
        var userId = await NewUserAsync();
        var story = await Bank.CreateAsync(userId, Content("Version 0"));

        var version = story.Version;
        for (var i = 1; i <= StoryLimits.RevisionsPerStory + 3; i++)
        {
            version = (await Bank.SaveAsync(userId, story.Id, Content($"Version {i}"), version)).Story!.Version;
        }

        var revisions = await Bank.RevisionsAsync(userId, story.Id);
        Assert.Equal(StoryLimits.RevisionsPerStory, revisions.Count);
        Assert.Equal($"Version {StoryLimits.RevisionsPerStory + 2}", StoryContent.FromJson(revisions[0].ContentJson).Title);
        Assert.Equal("Version 3", StoryContent.FromJson(revisions[^1].ContentJson).Title);
    }

    private Task<string> NewUserAsync() => new FormClient(factory).RegisterNewUserAsync();

    private static StoryContent Content(string title, string action = "I pulled the raw request logs for that merchant.") =>
        StoryContent.Empty with
        {
            Title = title,
            Star = StarFields.Empty with { Situation = "The dashboard was green but one merchant kept complaining.", Action = action },
            Level = Level.Senior,
        };

    private static ExportedStory Exported(string title) =>
        new(Guid.NewGuid(), title, StarFields.Empty with { Action = "I did the work." }, Level.Mid, [], [], [], default, default);
}
