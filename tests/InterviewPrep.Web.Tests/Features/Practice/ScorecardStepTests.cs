using InterviewPrep.Web.Features.Practice;

namespace InterviewPrep.Web.Tests.Features.Practice;

public sealed class ScorecardStepTests : BunitContext, IClassFixture<TestAppFactory>
{
    private readonly Interviews _interviews;

    public ScorecardStepTests(TestAppFactory factory)
    {
        Services.AddSingleton(factory.Services.GetRequiredService<ContentStore>());
        _interviews = new Interviews(factory);
    }

    [Fact]
    public async Task AVisitorSeesTheSummaryTheScorecardAndThatNothingWasSaved()
    {
        var session = await _interviews.FinishedAsync();
        var restarts = 0;

        var cut = Render<ScorecardStep>(p => p.Add(x => x.Session, session).Add(x => x.OnRestart, () => restarts++));

        Assert.Equal("Scorecard", cut.Find("h1").TextContent);
        Assert.Equal(session.Summary(), cut.Find(".lead").TextContent);
        Assert.Contains("This session is not saved", cut.Find(".alert-info").TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(cut.FindAll(".scorecard .finding[data-code='no-baseline']"));
        cut.Find("button").Click();
        Assert.Equal("Practice again", cut.Find("button").TextContent);
        Assert.Equal(1, restarts);
    }

    [Fact]
    public async Task ASavedSessionLinksToItsScorecardAndTheProgressPage()
    {
        var session = await _interviews.FinishedAsync();
        var cut = Render<ScorecardStep>(p => p
            .Add(x => x.Session, session)
            .Add(x => x.SignedIn, true)
            .Add(x => x.SavedId, 42));

        var status = cut.Find("[role=status]");
        Assert.StartsWith("Saved to your progress.", status.TextContent, StringComparison.Ordinal);
        Assert.Equal(["practice/sessions/42", "practice/progress"], status.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Empty(cut.FindAll(".alert-info"));
    }

    [Fact]
    public async Task AFailedSaveIsSaidAndTheScorecardStillShows()
    {
        var session = await _interviews.FinishedAsync();
        var cut = Render<ScorecardStep>(p => p
            .Add(x => x.Session, session)
            .Add(x => x.SignedIn, true)
            .Add(x => x.SaveError, "The scorecard could not be saved to your progress. It is still shown here."));

        Assert.Equal("The scorecard could not be saved to your progress. It is still shown here.", cut.Find("[role=alert]").TextContent);
        Assert.Single(cut.FindAll(".scorecard-round"));
    }
}
