using InterviewPrep.Web.Components.Shared;

namespace InterviewPrep.Web.Tests.Components.Shared;

public sealed class WriteStoryLinkTests : BunitContext
{
    [Fact]
    public void TheLinkOpensANewStoryWithThePrincipleAndQuestionChosen()
    {
        var question = new Question("dive-deep/metric-looked-fine", "metric-looked-fine", "dive-deep", "Tell me about a time a metric looked fine & wasn't.");

        var link = Render<WriteStoryLink>(p => p.Add(x => x.Question, question)).Find("a");

        Assert.Equal("Write a story for this", link.TextContent);
        Assert.Equal("stories/new?principle=dive-deep&question=dive-deep%2Fmetric-looked-fine", link.GetAttribute("href"));
    }
}
