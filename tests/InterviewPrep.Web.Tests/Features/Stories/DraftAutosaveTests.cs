using InterviewPrep.Web.Features.Stories;
using Microsoft.Extensions.Time.Testing;

namespace InterviewPrep.Web.Tests.Features.Stories;

/// <summary>The editor's draft autosave against a real SQLite file, on a clock the test moves.</summary>
public sealed class DraftAutosaveTests(TestAppFactory factory) : IClassFixture<TestAppFactory>, IAsyncLifetime
{
    private static readonly TimeSpan JustUnder = DraftAutosave.Delay - TimeSpan.FromMilliseconds(100);

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 9, 9, 30, 0, TimeSpan.Zero));
    private readonly List<DraftStatus> _reported = [];
    private readonly List<Task> _saves = [];
    private DraftRequest? _pending;
    private DraftAutosave? _autosave;
    private string _userId = string.Empty;

    private StoryBank Bank => factory.Services.GetRequiredService<StoryBank>();

    public async Task InitializeAsync() => _userId = await new FormClient(factory).RegisterNewUserAsync();

    public async Task DisposeAsync()
    {
        if (_autosave is not null)
        {
            await _autosave.DisposeAsync();
        }
    }

    [Fact]
    public async Task ABurstOfTypingIsKeptAsOneDraftOnceTheUserPauses()
    {
        var autosave = Autosave(_userId);
        _pending = new DraftRequest(null, Story("Monday checkout timeouts"), 0);

        autosave.Schedule();
        _clock.Advance(JustUnder);
        _pending = new DraftRequest(null, Story("Monday checkout timeouts, again"), 0);
        autosave.Schedule();
        _clock.Advance(JustUnder);

        Assert.Empty(_saves);
        Assert.Null(await Bank.FindDraftAsync(_userId, null));

        _clock.Advance(DraftAutosave.Delay - JustUnder);
        await Task.WhenAll(_saves);

        await Assert.Single(_saves);
        Assert.Equal([DraftStatus.Saving, DraftStatus.Saved], _reported);
        Assert.Equal(_clock.GetUtcNow().UtcDateTime, autosave.SavedAt);
        var draft = await Bank.FindDraftAsync(_userId, null);
        Assert.Equal("Monday checkout timeouts, again", StoryContent.FromJson(draft!.ContentJson).Title);
    }

    [Fact]
    public async Task ADraftOverTheLimitsIsRejectedAndNotWritten()
    {
        var autosave = Autosave(_userId);
        _pending = new DraftRequest(null, Story("Pasted") with { Star = StarFields.Empty with { Action = new string('a', StoryLimits.Part + 1) } }, 0);

        var status = await autosave.SaveNowAsync();

        Assert.Equal(DraftStatus.Rejected, status);
        Assert.Equal([DraftStatus.Saving, DraftStatus.Rejected], _reported);
        Assert.Null(autosave.SavedAt);
        Assert.Null(await Bank.FindDraftAsync(_userId, null));
    }

    [Fact]
    public async Task NothingIsWrittenWhenTheEditorHasNothingToKeep()
    {
        var autosave = Autosave(_userId);

        autosave.Schedule();
        _clock.Advance(DraftAutosave.Delay);
        await Task.WhenAll(_saves);

        Assert.Null(await autosave.SaveNowAsync());
        Assert.Empty(_reported);
        Assert.Null(autosave.SavedAt);
        Assert.Null(await Bank.FindDraftAsync(_userId, null));
    }

    [Fact]
    public async Task ADraftForAStoryOfAnotherUserIsRefusedAsNotFound()
    {
        var owner = await new FormClient(factory).RegisterNewUserAsync();
        var story = await Bank.CreateAsync(owner, Story("Someone else's story"));
        var autosave = Autosave(_userId);
        _pending = new DraftRequest(story.Id, Story("Overwritten?"), story.Version);

        Assert.Equal(DraftStatus.NotFound, await autosave.SaveNowAsync());

        Assert.Equal([DraftStatus.Saving, DraftStatus.NotFound], _reported);
        Assert.Null(await Bank.FindDraftAsync(owner, story.Id));
        Assert.Null(await Bank.FindDraftAsync(_userId, story.Id));
    }

    [Fact]
    public async Task AWriteTheDatabaseRefusesIsReportedAsFailedAndTheEditorKeepsGoing()
    {
        // No such account: the database's foreign key refuses the draft, as it would refuse any failed write.
        var autosave = Autosave("no-such-user");
        _pending = new DraftRequest(null, Story("Typed while the database was unhappy"), 0);

        Assert.Equal(DraftStatus.Failed, await autosave.SaveNowAsync());

        Assert.Equal([DraftStatus.Saving, DraftStatus.Failed], _reported);
        Assert.Null(autosave.SavedAt);
    }

    private DraftAutosave Autosave(string userId)
    {
        _autosave = new DraftAutosave(Bank, _clock, userId, () => _pending, _reported.Add, work =>
        {
            var save = work();
            _saves.Add(save);
            return save;
        });
        return _autosave;
    }

    private static StoryContent Story(string title) =>
        StoryContent.Empty with { Title = title, Star = StarFields.Empty with { Situation = "One merchant saw refunds time out every Monday." } };
}
