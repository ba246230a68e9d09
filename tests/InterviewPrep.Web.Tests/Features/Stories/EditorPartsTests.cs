using InterviewPrep.Web.Features.Stories;

namespace InterviewPrep.Web.Tests.Features.Stories;

/// <summary>The editor's smaller pieces: the save status, the restored-text notice, the level and tags card.</summary>
public sealed class EditorPartsTests : BunitContext
{
    private static readonly DateTime Noon = new(2026, 3, 9, 12, 0, 5, DateTimeKind.Utc);

    [Theory]
    [InlineData(SaveState.Saved, false, "ok", "All changes saved at 12:00:05 UTC")]
    [InlineData(SaveState.Saved, true, "ok", "Not saved yet")]
    [InlineData(SaveState.Unsaved, false, "pending", "Unsaved changes")]
    [InlineData(SaveState.Saving, false, "pending", "Saving draft...")]
    [InlineData(SaveState.DraftSaved, false, "ok", "Draft saved at 12:00:05 UTC. Press Save to update the story.")]
    [InlineData(SaveState.Failed, false, "failed", "Could not reach the server. Your text is kept in this browser and will be sent when the connection returns.")]
    public void TheSaveStatusSaysWhereTheTextIs(SaveState state, bool isNew, string look, string text)
    {
        var cut = Render<SaveIndicator>(p => p.Add(x => x.State, state).Add(x => x.SavedAt, Noon).Add(x => x.IsNew, isNew));

        var status = cut.Find("p.save-status[role=status][aria-live=polite]");
        Assert.Equal(text, status.TextContent);
        Assert.Contains(look, status.ClassList);
    }

    [Fact]
    public void RestoredTextCanBeDiscardedOnlyWhenTheNoticeOffersIt()
    {
        var discarded = 0;
        var cut = Render<RestoredNotice>(p => p
            .Add(x => x.Text, "Restored your unsaved changes from 9 Mar, 12:00 UTC. Save to keep them.")
            .Add(x => x.CanDiscard, true)
            .Add(x => x.OnDiscard, () => discarded++));

        Assert.StartsWith("Restored your unsaved changes", cut.Find(".alert[role=status]").TextContent.Trim(), StringComparison.Ordinal);
        cut.Find("button").Click();
        Assert.Equal(1, discarded);

        cut.Render(p => p.Add(x => x.CanDiscard, false));

        Assert.Empty(cut.FindAll("button"));
    }

    [Fact]
    public void TheLevelAndTagsCardHandsBackWhatTheUserChoseAndShowsATagError()
    {
        Level? chosen = null;
        string? tags = null;
        var errors = new Dictionary<string, string>(StringComparer.Ordinal) { ["Tags"] = "At most 10 tags." };
        var cut = Render<LevelAndTags>(p => p
            .Add(x => x.Level, Level.Senior)
            .Add(x => x.LevelChanged, (Level level) => chosen = level)
            .Add(x => x.Tags, "payments")
            .Add(x => x.OnTagsInput, (string text) => tags = text)
            .Add(x => x.Errors, errors));

        Assert.Equal("Senior", cut.Find("#story-level").GetAttribute("value"));
        Assert.Equal("payments", cut.Find("#story-tags").GetAttribute("value"));
        Assert.Equal("tags-hint tags-error", cut.Find("#story-tags").GetAttribute("aria-describedby"));

        cut.Find("#story-level").Change(nameof(Level.Principal));
        cut.Find("#story-tags").Input("payments, outage");

        Assert.Equal(Level.Principal, chosen);
        Assert.Equal("payments, outage", tags);
        Assert.Equal("At most 10 tags.", cut.Find("#tags-error").TextContent);
    }
}
