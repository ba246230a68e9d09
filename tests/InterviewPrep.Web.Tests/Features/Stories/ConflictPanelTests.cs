using InterviewPrep.Web.Features.Stories;

namespace InterviewPrep.Web.Tests.Features.Stories;

public sealed class ConflictPanelTests : BunitContext
{
    private static readonly StoryContent Mine = Story("Support tickets about duplicates stopped.");
    private static readonly StoryContent Theirs = Story("Duplicates fell from 3% of pages to zero.");

    [Fact]
    public void BothVersionsAreShownSideBySideWithWhenTheOtherWasSaved()
    {
        var cut = Render<ConflictPanel>(p => p
            .Add(x => x.Mine, Mine)
            .Add(x => x.Theirs, Theirs)
            .Add(x => x.TheirsSavedAt, new DateTime(2026, 3, 9, 14, 5, 7, DateTimeKind.Utc)));

        var panel = cut.Find("section[role=alert]");
        Assert.Equal("This story was changed somewhere else", panel.QuerySelector("#conflict-heading")!.TextContent);
        Assert.Contains("saved this story at 14:05:07 UTC", panel.TextContent, StringComparison.Ordinal);
        var versions = cut.FindAll(".conflict-versions > div");
        Assert.Equal("Your version", versions[0].QuerySelector("h3")!.TextContent);
        Assert.Contains("Support tickets about duplicates stopped.", versions[0].TextContent, StringComparison.Ordinal);
        Assert.Equal("The other version", versions[1].QuerySelector("h3")!.TextContent);
        Assert.Contains("Duplicates fell from 3% of pages to zero.", versions[1].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void EachButtonRaisesItsOwnChoice()
    {
        var choices = new List<string>();
        var cut = Render<ConflictPanel>(p => p
            .Add(x => x.Mine, Mine)
            .Add(x => x.Theirs, Theirs)
            .Add(x => x.OnKeepMine, () => choices.Add("mine"))
            .Add(x => x.OnUseTheirs, () => choices.Add("theirs")));

        cut.FindAll("button").Single(b => b.TextContent == "Keep my version").Click();
        cut.FindAll("button").Single(b => b.TextContent == "Use the other version").Click();

        Assert.Equal(["mine", "theirs"], choices);
    }

    private static StoryContent Story(string result) =>
        StoryContent.Empty with { Title = "Pagination rewrite", Star = StarFields.Empty with { Situation = "The orders API returned duplicates.", Result = result } };
}
