using InterviewPrep.Web.Components.Shared;

namespace InterviewPrep.Web.Tests.Components.Shared;

public sealed class LiveCritiqueTests : BunitContext, IClassFixture<TestAppFactory>
{
    public LiveCritiqueTests(TestAppFactory factory)
    {
        Services.AddSingleton(factory.Services.GetRequiredService<PracticeCoach>());
        Services.AddSingleton(factory.Services.GetRequiredService<ContentStore>());
    }

    [Fact]
    public void TheStoryBeingWrittenIsScoredAndItsFindingsUpdateAsTheTextChanges()
    {
        var weak = new StarFields("Our search was slow.", "I had to fix it.", "I added an index.", "Latency improved by 40%.", string.Empty);

        var cut = Render<LiveCritique>(p => p
            .Add(x => x.Answer, weak)
            .Add(x => x.Principles, ["dive-deep"])
            .Add(x => x.Level, Level.Senior));

        Assert.Matches(@"^\d{1,3}$", cut.Find(".live-score-value").TextContent);
        Assert.NotEmpty(cut.FindAll(".live-findings li[data-code='no-baseline']"));

        cut.Render(p => p.Add(x => x.Answer, weak with { Result = "p95 latency went from 2.5 seconds to 1.5 seconds, measured in Grafana the week before and after." }));

        Assert.Empty(cut.FindAll(".live-findings li[data-code='no-baseline']"));
    }

    [Fact]
    public void WithTwoPrinciplesTheCandidatePicksWhichOneToReadItFor()
    {
        var cut = Render<LiveCritique>(p => p
            .Add(x => x.Answer, new StarFields("Context.", "Task.", "We decided to ship it fast without review.", "It worked.", string.Empty))
            .Add(x => x.Principles, ["bias-for-action", "dive-deep"]));

        cut.Find("#live-critique-principle").Change("dive-deep");

        Assert.Contains("Dive Deep", cut.Find(".live-score").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEmptyStoryShowsAHintInsteadOfAScore()
    {
        var cut = Render<LiveCritique>(p => p
            .Add(x => x.Answer, new StarFields(string.Empty, string.Empty, string.Empty, string.Empty, string.Empty))
            .Add(x => x.Principles, ["dive-deep"]));

        Assert.Empty(cut.FindAll(".live-score"));
        Assert.Contains("Write the story", cut.Markup, StringComparison.Ordinal);
    }
}
