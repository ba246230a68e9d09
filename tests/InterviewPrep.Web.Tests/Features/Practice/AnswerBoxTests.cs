using InterviewPrep.Web.Features.Practice;

namespace InterviewPrep.Web.Tests.Features.Practice;

public sealed class AnswerBoxTests : BunitContext
{
    [Fact]
    public void TheBoxIsLabelledAndCountsTheWordsAndTheSpeakingTime()
    {
        var cut = Render<AnswerBox>(p => p
            .Add(x => x.Label, "Your answer")
            .Add(x => x.Rows, 6)
            .Add(x => x.Value, "I rebuilt the index overnight"));

        Assert.Equal("Your answer", cut.Find("label[for=practice-answer]").TextContent);
        var box = cut.Find("textarea#practice-answer");
        Assert.Equal("6", box.GetAttribute("rows"));
        Assert.Equal(PracticeLimits.AnswerText.ToString(System.Globalization.CultureInfo.InvariantCulture), box.GetAttribute("maxlength"));
        Assert.StartsWith("5 words · about ", cut.Find(".answer-label .muted").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void TypingHandsTheTextToTheParent()
    {
        var typed = new List<string>();
        var cut = Render<AnswerBox>(p => p
            .Add(x => x.Label, "Your answer")
            .Add(x => x.ValueChanged, (string text) => typed.Add(text)));

        cut.Find("textarea").Input("First we looked at the logs");

        Assert.Equal(["First we looked at the logs"], typed);
    }
}
