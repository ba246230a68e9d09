using Bunit.TestDoubles;
using InterviewPrep.Web.Features.Practice;

namespace InterviewPrep.Web.Tests.Features.Practice;

public sealed class SetupStepTests : BunitContext, IClassFixture<TestAppFactory>
{
    private readonly ContentCatalog _catalog;
    private readonly BunitAuthorizationContext _auth;
    private readonly List<InterviewSetup> _started = [];

    public SetupStepTests(TestAppFactory factory)
    {
        Services.AddSingleton(factory.Services.GetRequiredService<ContentStore>());
        _catalog = factory.Services.GetRequiredService<ContentStore>().Current;
        _auth = AddAuthorization();
    }

    [Fact]
    public void ThePrincipleALinkAskedForIsTickedAndStartingHandsOverEveryChoice()
    {
        var cut = RenderSetup(InterviewSetup.For(_catalog, "dive-deep"));
        Assert.True(Principle(cut, "Dive Deep").HasAttribute("checked"));

        Principle(cut, "Ownership").Change(true);
        cut.Find("#practice-level").Change(nameof(Level.Principal));
        cut.Find("#practice-timer").Change("4");
        Choice(cut, "Read the questions aloud").Change(true);
        cut.Find("form.practice-setup").Submit();

        var setup = Assert.Single(_started);
        Assert.Equal(["dive-deep", "ownership"], setup.Principles.Order(StringComparer.Ordinal));
        Assert.False(setup.FullLoop);
        Assert.Equal(Level.Principal, setup.Level);
        Assert.Equal(4, setup.Minutes);
        Assert.True(setup.ReadAloud);
    }

    [Fact]
    public void AfterFourPrinciplesTheOthersCannotBeTicked()
    {
        var cut = RenderSetup(InterviewSetup.For(_catalog, null));

        foreach (var title in new[] { "Dive Deep", "Ownership", "Frugality", "Earn Trust" })
        {
            Principle(cut, title).Change(true);
        }

        Assert.True(Principle(cut, "Think Big").HasAttribute("disabled"));
        Assert.False(Principle(cut, "Dive Deep").HasAttribute("disabled"));
    }

    [Fact]
    public void AFullLoopNeedsNoPrinciplesSoTheListGoes()
    {
        var cut = RenderSetup(InterviewSetup.For(_catalog, null));

        Choice(cut, "A full loop").Change(true);
        cut.Find("form").Submit();

        Assert.DoesNotContain("Principles</legend>", cut.Markup, StringComparison.Ordinal);
        Assert.True(Assert.Single(_started).FullLoop);
    }

    [Fact]
    public void TheFormSaysWhenItIsInteractiveAndShowsTheSessionsError()
    {
        var cut = RenderSetup(InterviewSetup.For(_catalog, null), interactive: true, error: "Choose at least one principle, or pick the full loop.");

        Assert.Equal("true", cut.Find("form.practice-setup").GetAttribute("data-interactive"));
        Assert.Equal("Choose at least one principle, or pick the full loop.", cut.Find("[role=alert]").TextContent);
    }

    [Fact]
    public void AVisitorIsToldThatKeepingScoresNeedsAnAccount()
    {
        var cut = RenderSetup(InterviewSetup.For(_catalog, null));

        Assert.Contains("sign in to keep your scores", cut.Find(".setup-actions").TextContent, StringComparison.Ordinal);
        Assert.Equal("false", cut.Find("form").GetAttribute("data-interactive"));
    }

    [Fact]
    public void ASignedInCandidateGetsALinkToTheirProgress()
    {
        _auth.SetAuthorized("candidate@example.test");

        var cut = RenderSetup(InterviewSetup.For(_catalog, null));

        Assert.Equal("practice/progress", cut.Find(".setup-actions a").GetAttribute("href"));
    }

    private IRenderedComponent<SetupStep> RenderSetup(InterviewSetup setup, bool interactive = false, string? error = null) =>
        Render<SetupStep>(p => p
            .Add(x => x.Setup, setup)
            .Add(x => x.Interactive, interactive)
            .Add(x => x.Error, error)
            .Add(x => x.OnStart, (InterviewSetup s) => _started.Add(s)));

    private static AngleSharp.Dom.IElement Principle(IRenderedComponent<SetupStep> cut, string title) =>
        cut.FindAll(".principle-grid label").Single(l => l.TextContent.Trim() == title).QuerySelector("input")!;

    private static AngleSharp.Dom.IElement Choice(IRenderedComponent<SetupStep> cut, string start) =>
        cut.FindAll("label.check").Single(l => l.TextContent.Trim().StartsWith(start, StringComparison.Ordinal)).QuerySelector("input")!;
}
