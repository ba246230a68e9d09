using InterviewPrep.Web.Features.Stories;

namespace InterviewPrep.Web.Tests.Features.Stories;

/// <summary>The editor's session and the snapshot it opens from, against a real SQLite file.</summary>
public sealed class EditSessionTests(TestAppFactory factory) : IClassFixture<TestAppFactory>, IAsyncLifetime
{
    private string _userId = string.Empty;

    private StoryBank Bank => factory.Services.GetRequiredService<StoryBank>();

    private ContentCatalog Catalog => factory.Services.GetRequiredService<ContentStore>().Current;

    public async Task InitializeAsync() => _userId = await new FormClient(factory).RegisterNewUserAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task AStoryWithAnUnsavedDraftOpensOnTheDraftAndSaysSo()
    {
        var story = await Bank.CreateAsync(_userId, Story("Saved title"));
        await Bank.SaveDraftAsync(_userId, story.Id, Story("Typed but never saved"), story.Version);

        var session = await OpenAsync(story.Id);

        Assert.Equal("Typed but never saved", session.Model.Title);
        Assert.Equal("Typed but never saved", session.Shown.Title);
        Assert.Equal("Saved title", session.Saved.Title);
        Assert.Equal(SaveState.DraftSaved, session.State);
        Assert.StartsWith("Restored your unsaved changes from", session.Notice, StringComparison.Ordinal);
        Assert.True(session.CanDiscard);
        Assert.True(session.HasChanges);
    }

    [Fact]
    public async Task ADraftThatMatchesTheSavedStoryIsNotOffered()
    {
        var story = await Bank.CreateAsync(_userId, Story("Same either way"));
        await Bank.SaveDraftAsync(_userId, story.Id, Story("Same either way"), story.Version);

        var snapshot = await EditorSnapshot.LoadAsync(Bank, _userId, story.Id);
        var session = await OpenAsync(story.Id);

        Assert.Null(snapshot.Draft);
        Assert.Equal(SaveState.Saved, session.State);
        Assert.Null(session.Notice);
        Assert.False(session.HasChanges);
    }

    [Fact]
    public async Task AnEverydayStoryIsHandedToTheCircuitButAHugePastedDraftIsReadAgain()
    {
        var story = await Bank.CreateAsync(_userId, Story("Queue depth"));
        var everyday = await EditorSnapshot.LoadAsync(Bank, _userId, story.Id);
        var longest = string.Concat(Enumerable.Repeat("我重新测量了队列深度。", StoryLimits.Part / 11));
        var pasted = Story("Queue depth") with { Star = new StarFields(longest, longest, longest, longest, longest) };
        await Bank.SaveDraftAsync(_userId, story.Id, pasted, story.Version);

        var huge = await EditorSnapshot.LoadAsync(Bank, _userId, story.Id);

        Assert.True(everyday.FitsHandOver);
        Assert.NotNull(huge.Draft);
        Assert.False(huge.FitsHandOver);
    }

    [Fact]
    public async Task AnotherUsersStoryIsNotFound()
    {
        var other = await new FormClient(factory).RegisterNewUserAsync();
        var theirs = await Bank.CreateAsync(other, Story("Not yours"));

        var snapshot = await EditorSnapshot.LoadAsync(Bank, _userId, theirs.Id);

        Assert.False(snapshot.Found);
        Assert.Equal(StoryContent.Empty, snapshot.Saved);
    }

    [Fact]
    public async Task ANewStoryWrittenForAQuestionStartsWithItAndItsPrincipleTicked()
    {
        var question = Catalog.FindPrinciple("dive-deep")!.Questions[0];

        var session = await OpenAsync(null, question: question.Key);

        Assert.Equal([question.Key], session.Model.Questions);
        Assert.Equal(["dive-deep"], session.Model.Principles);
        Assert.Equal(SaveState.Unsaved, session.State);
        Assert.Null(session.StoryId);
    }

    [Fact]
    public async Task ASaveAfterAnotherTabSavedShowsBothAndKeepingMineKeepsTheirsInTheHistory()
    {
        var (story, session) = await ConflictAsync();

        Assert.Equal("Saved in the other tab", session.Conflict!.Title);
        Assert.Null(session.Draft());
        Assert.Equal(SaveStatus.Saved, await session.KeepMineAsync());

        Assert.Null(session.Conflict);
        Assert.Equal(SaveState.Saved, session.State);
        Assert.False(session.HasChanges);
        Assert.Equal("Saved in this tab", (await Bank.FindAsync(_userId, story.Id))!.Title);
        Assert.Contains(await Bank.RevisionsAsync(_userId, story.Id), r => r.Reason == RevisionReasons.Conflict && StoryContent.FromJson(r.ContentJson).Title == "Saved in the other tab");
    }

    [Fact]
    public async Task UsingTheOtherVersionMakesItCurrentAndKeepsMineInTheHistory()
    {
        var (story, session) = await ConflictAsync();
        var generation = session.Generation;

        Assert.Equal(SaveStatus.Saved, await session.UseTheirsAsync());

        Assert.Equal("Saved in the other tab", session.Model.Title);
        Assert.Equal("Saved in the other tab", session.Shown.Title);
        Assert.True(session.Generation > generation);
        Assert.Equal("Your version was kept in the story's history, and the other version is now current.", session.Notice);
        Assert.Null(session.Conflict);
        Assert.Equal("Saved in the other tab", (await Bank.FindAsync(_userId, story.Id))!.Title);
        Assert.Contains(await Bank.RevisionsAsync(_userId, story.Id), r => StoryContent.FromJson(r.ContentJson).Title == "Saved in this tab");
        Assert.Equal(SaveStatus.Saved, await session.SaveAsync());
    }

    [Fact]
    public async Task DiscardingRestoredTextGoesBackToTheSavedStory()
    {
        var story = await Bank.CreateAsync(_userId, Story("Saved title"));
        await Bank.SaveDraftAsync(_userId, story.Id, Story("Draft title"), story.Version);
        var session = await OpenAsync(story.Id);

        await session.DiscardDraftAsync();

        Assert.Equal("Saved title", session.Model.Title);
        Assert.Equal("Saved title", session.Shown.Title);
        Assert.Null(session.Notice);
        Assert.Equal(SaveState.Saved, session.State);
        Assert.Null(await Bank.FindDraftAsync(_userId, story.Id));
    }

    [Fact]
    public async Task TextTheBrowserKeptIsTakenOnlyWhenItAddsSomething()
    {
        var story = await Bank.CreateAsync(_userId, Story("Saved title"));
        var session = await OpenAsync(story.Id);
        var typedAt = new DateTime(2026, 3, 9, 9, 41, 12, DateTimeKind.Utc);

        Assert.False(session.RestoreFromBrowser(new BackupCopy(_userId, typedAt, new Dictionary<string, string> { ["title"] = "Saved title" })));
        Assert.True(session.RestoreFromBrowser(new BackupCopy(_userId, typedAt, new Dictionary<string, string> { ["action"] = "Typed offline." })));

        Assert.Equal("Typed offline.", session.Model.Get(StarPart.Action));
        Assert.Equal("Typed offline.", session.Shown.Part(StarPart.Action));
        Assert.Equal("Restored text typed in this browser at 09:41:12 UTC that had not reached the server. Save to keep it.", session.Notice);
        Assert.Equal(SaveState.Unsaved, session.State);
        var draft = session.Draft()!;
        Assert.Equal((story.Id, story.Version), (draft.StoryId, draft.BaseVersion));
        Assert.Equal("Typed offline.", draft.Content.Part(StarPart.Action));
    }

    [Fact]
    public async Task CreatingANewStoryHandsBackItsIdAndADeletedOneSaysItIsGoneAndStopsItsDrafts()
    {
        var session = await OpenAsync(null);
        session.Model.Title = "Refund timeouts";

        var id = await session.CreateAsync();

        Assert.Equal("Refund timeouts", (await Bank.FindAsync(_userId, id))!.Title);
        Assert.False(session.HasChanges);

        var reopened = await OpenAsync(id);
        await Bank.DeleteAsync(_userId, id);
        reopened.Model.Title = "Edited after it was deleted";

        Assert.NotNull(reopened.Draft());
        Assert.Equal(SaveStatus.NotFound, await reopened.SaveAsync());
        Assert.True(reopened.IsGone);
        Assert.Null(reopened.Draft());
        Assert.Null(await Bank.FindDraftAsync(_userId, id));
    }

    /// <summary>A story this editor opened, saved meanwhile by another tab, then saved here: a conflict.</summary>
    private async Task<(Story Story, EditSession Session)> ConflictAsync()
    {
        var story = await Bank.CreateAsync(_userId, Story("Pagination rewrite"));
        var session = await OpenAsync(story.Id);
        await Bank.SaveAsync(_userId, story.Id, Story("Saved in the other tab"), story.Version);
        session.Model.Title = "Saved in this tab";
        Assert.Equal(SaveStatus.Conflict, await session.SaveAsync());
        return (story, session);
    }

    private async Task<EditSession> OpenAsync(int? storyId, string? question = null)
    {
        var session = new EditSession(Bank, _userId);
        session.Open(await EditorSnapshot.LoadAsync(Bank, _userId, storyId), Catalog, principle: null, question);
        return session;
    }

    private static StoryContent Story(string title) =>
        StoryContent.Empty with { Title = title, Star = StarFields.Empty with { Situation = "The orders API returned duplicates across pages." } };
}
