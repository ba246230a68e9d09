using InterviewPrep.Web.Features.Practice;

namespace InterviewPrep.Web.Tests.Features.Practice;

public sealed class AnswerStepTests(TestAppFactory factory) : BunitContext, IClassFixture<TestAppFactory>
{
    private static readonly Story Checkout = new()
    {
        Id = 7,
        UserId = "user-1",
        Title = "Friday checkout failures",
        Star = StarFields.Empty with { Situation = "Checkout failed for one order in fifty on Friday evenings.", Result = "Failed checkouts dropped by 80%." },
    };

    private readonly Interviews _interviews = new(factory);
    private readonly List<string> _answers = [];
    private readonly List<Story?> _stories = [];
    private readonly List<int> _loaded = [];

    [Fact]
    public void AVisitorTypesAnAnswerAndHandsItToTheInterviewer()
    {
        var cut = RenderStep([]);

        Assert.Empty(cut.FindAll("fieldset.answer-source"));
        Assert.Equal("Your answer", cut.Find("label[for=practice-answer]").TextContent);
        cut.Find("#practice-answer").Input("I read the slow query log first");
        Assert.StartsWith("7 words", cut.Find(".answer-label .muted").TextContent, StringComparison.Ordinal);

        cut.Find("button.button").Click();

        Assert.Equal("Done, hand it to the interviewer", cut.Find("button.button").TextContent);
        Assert.Equal(["I read the slow query log first"], _answers);
        Assert.Empty(_stories);
    }

    [Fact]
    public void ACandidateWithStoriesSeesTheOnesTaggedForThisPrincipleFirst()
    {
        var cut = RenderStep([new StoryChoice(3, "A migration I owned", ["ownership"]), new StoryChoice(7, Checkout.Title, ["dive-deep"])]);

        cut.FindAll("input[name=answer-source]")[1].Change(true);

        Assert.Empty(cut.FindAll("#practice-answer"));
        var options = cut.FindAll("#practice-story option").Select(o => o.TextContent).ToList();
        Assert.Equal(["Choose a story", "Friday checkout failures (tagged for this principle)", "A migration I owned"], options);
    }

    [Fact]
    public void PickingAStoryReadsItShowsItsNotesAndHandsItIn()
    {
        var cut = RenderStep([new StoryChoice(7, Checkout.Title, ["dive-deep"])]);
        cut.FindAll("input[name=answer-source]")[1].Change(true);

        cut.Find("#practice-story").Change("7");

        Assert.Equal([7], _loaded);
        Assert.Contains("Failed checkouts dropped by 80%.", cut.Find(".story-notes").TextContent, StringComparison.Ordinal);
        cut.Find("button.button").Click();
        Assert.Same(Checkout, Assert.Single(_stories));
        Assert.Empty(_answers);
    }

    [Fact]
    public void HandingInWithoutChoosingAStorySendsNoneSoTheSessionCanSaySo()
    {
        var cut = RenderStep([new StoryChoice(7, Checkout.Title, [])]);
        cut.FindAll("input[name=answer-source]")[1].Change(true);

        cut.Find("button.button").Click();

        Assert.Null(Assert.Single(_stories));
        Assert.Empty(cut.FindAll(".story-notes"));
    }

    private IRenderedComponent<AnswerStep> RenderStep(IReadOnlyList<StoryChoice> stories) =>
        Render<AnswerStep>(p => p
            .Add(x => x.Session, _interviews.Started())
            .Add(x => x.Stories, stories)
            .Add(x => x.LoadStory, id =>
            {
                _loaded.Add(id);
                return Task.FromResult<Story?>(id == Checkout.Id ? Checkout : null);
            })
            .Add(x => x.OnAnswer, (string text) => _answers.Add(text))
            .Add(x => x.OnStory, (Story? story) => _stories.Add(story)));
}
