using InterviewPrep.Web.Features.Practice;
using Microsoft.AspNetCore.Components;

namespace InterviewPrep.Web.Tests.Features.Practice;

/// <summary>The page's wiring of its steps to the session; the browser flows are in the E2E tests.</summary>
public sealed class MockInterviewTests : BunitContext, IClassFixture<TestAppFactory>
{
    public MockInterviewTests(TestAppFactory factory)
    {
        var interviews = new Interviews(factory);
        Services.AddSingleton(factory.Services.GetRequiredService<ContentStore>());
        Services.AddSingleton(interviews.Coach);
        Services.AddSingleton<IFollowUpPhraser>(new EngineFollowUpPhraser());
        Services.AddSingleton(factory.Services.GetRequiredService<StoryBank>());
        Services.AddSingleton(factory.Services.GetRequiredService<PracticeLog>());
        Services.AddSingleton<TimeProvider>(interviews.Clock);
        AddAuthorization();
        JSInterop.SetupInterviewBrowser(canSpeak: false, canRecord: false).SetupVoid("dispose").SetVoidResult();
    }

    [Fact]
    public void AVisitorGoesFromSetupThroughTheFollowUpsToAnUnsavedScorecard()
    {
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo(navigation.GetUriWithQueryParameter("principle", "dive-deep"));
        var cut = Render<MockInterview>();
        cut.WaitForAssertion(() => Assert.Equal("true", cut.Find("form.practice-setup").GetAttribute("data-interactive")));
        Assert.Empty(cut.FindAll("[role=alert]"));

        cut.Find("form.practice-setup").Submit();
        cut.Find("#practice-answer").Input(PracticeAnswers.NoBaseline);
        cut.Find(".interview-actions button").Click();

        Assert.Contains("Follow-up 1 of", cut.Find(".interview .eyebrow").TextContent, StringComparison.Ordinal);
        while (cut.FindAll("button").Any(b => b.TextContent == "Skip this follow-up"))
        {
            cut.FindAll("button").Single(b => b.TextContent == "Skip this follow-up").Click();
        }

        Assert.Equal("Scorecard", cut.Find("h1").TextContent);
        Assert.Contains("This session is not saved", cut.Find(".alert-info").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[role=alert]"));

        cut.Find(".interview-actions button").Click();
        Assert.Equal("Practice", cut.Find("h1").TextContent);
    }

    [Fact]
    public void StartingWithNothingChosenShowsTheSessionsMessage()
    {
        var cut = Render<MockInterview>();

        cut.Find("form.practice-setup").Submit();

        Assert.Equal("Choose at least one principle, or pick the full loop.", cut.Find("[role=alert]").TextContent);
    }
}
