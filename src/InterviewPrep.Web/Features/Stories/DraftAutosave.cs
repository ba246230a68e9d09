using InterviewPrep.Web.Data;
using InterviewPrep.Web.Services;

namespace InterviewPrep.Web.Features.Stories;

/// <summary>What the editor would keep as a draft now.</summary>
internal sealed record DraftRequest(int? StoryId, StoryContent Content, int BaseVersion);

internal enum DraftStatus
{
    Saving,
    Saved,
    NotFound,

    /// <summary>The text breaks a limit (a pasted field too long): kept in the browser, not on the server.</summary>
    Rejected,
    Failed,
}

/// <summary>
/// Keeps what the user types as a server-side draft once they pause for <see cref="Delay"/>: each change
/// restarts the wait, so a burst of typing costs one write. The editor says what to save (nothing during a
/// conflict or when the text matches the saved story) and hears each step through <paramref name="report"/>;
/// the timer's work runs through <paramref name="dispatch"/>, the component's renderer.
/// </summary>
internal sealed class DraftAutosave(
    StoryBank bank,
    TimeProvider clock,
    string userId,
    Func<DraftRequest?> pending,
    Action<DraftStatus> report,
    Func<Func<Task>, Task> dispatch) : IAsyncDisposable
{
    public static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(800);

    private ITimer? _timer;

    /// <summary>When the last draft reached the database.</summary>
    public DateTime? SavedAt { get; private set; }

    public void Schedule()
    {
        _timer ??= clock.CreateTimer(_ => dispatch(SaveNowAsync), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _timer.Change(Delay, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Saves the pending draft at once; null when there was nothing to save.</summary>
    public async Task<DraftStatus?> SaveNowAsync()
    {
        if (pending() is not { } draft)
        {
            return null;
        }

        report(DraftStatus.Saving);
        DraftStatus status;
        try
        {
            status = await bank.SaveDraftAsync(userId, draft.StoryId, draft.Content, draft.BaseVersion)
                ? DraftStatus.Saved
                : DraftStatus.NotFound;
        }
        catch (StoryRejectedException)
        {
            status = DraftStatus.Rejected;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Most often the database is briefly unreachable; the browser backup still holds the text.
            status = DraftStatus.Failed;
        }

        if (status == DraftStatus.Saved)
        {
            SavedAt = clock.GetUtcNow().UtcDateTime;
        }

        report(status);
        return status;
    }

    public async ValueTask DisposeAsync()
    {
        if (_timer is not null)
        {
            await _timer.DisposeAsync();
        }
    }
}
