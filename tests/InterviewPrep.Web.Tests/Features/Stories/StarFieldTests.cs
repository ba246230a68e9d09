using InterviewPrep.Web.Features.Stories;

namespace InterviewPrep.Web.Tests.Features.Stories;

public sealed class StarFieldTests : BunitContext
{
    private static readonly Dictionary<string, string> NoErrors = new(StringComparer.Ordinal);

    [Fact]
    public void TheFieldShowsItsLabelHintWordCountAndSpeakingTime()
    {
        var cut = Render<StarField>(p => p
            .Add(x => x.Part, StarPart.Action)
            .Add(x => x.Value, "I moved the cron job.")
            .Add(x => x.Words, 280)
            .Add(x => x.Errors, NoErrors));

        var textarea = cut.Find("textarea#story-action");
        Assert.Equal("Action", cut.Find("label[for=story-action]").TextContent);
        Assert.Equal("action", textarea.GetAttribute("name"));
        Assert.Equal("I moved the cron job.", textarea.GetAttribute("value"));
        Assert.Equal("9", textarea.GetAttribute("rows"));
        Assert.Equal("hint-action error-action size-action", textarea.GetAttribute("aria-describedby"));
        Assert.Equal("size-action", textarea.GetAttribute("data-size-note"));
        Assert.Empty(cut.Find("#size-action").TextContent);
        Assert.StartsWith("What you did, in first person", cut.Find("#hint-action").TextContent, StringComparison.Ordinal);
        Assert.Equal("280 words · 2:00 min", cut.Find(".part-count").TextContent);
        Assert.Empty(cut.FindAll(".field-error"));
    }

    [Fact]
    public void AFieldErrorShowsUnderTheFieldAndMarksItInvalid()
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal) { ["Result"] = "Result is 10,200 characters; the limit is 10,000." };

        var cut = Render<StarField>(p => p
            .Add(x => x.Part, StarPart.Result)
            .Add(x => x.Words, 12)
            .Add(x => x.Errors, errors));

        Assert.Equal("Result is 10,200 characters; the limit is 10,000.", cut.Find("p#error-result[role=alert]").TextContent);
        Assert.True(cut.Find("textarea#story-result").HasAttribute("aria-invalid"));
        Assert.Equal("12 words · 5 s", cut.Find(".part-count").TextContent);
    }

    [Fact]
    public void TypingHandsTheTextToTheEditorWithoutRedrawingTheField()
    {
        string? typed = null;
        var cut = Render<StarField>(p => p
            .Add(x => x.Part, StarPart.Situation)
            .Add(x => x.Value, "Monday")
            .Add(x => x.Errors, NoErrors)
            .Add(x => x.OnInput, (string text) => typed = text));

        cut.Find("textarea").Input("Monday morning");

        Assert.Equal("Monday morning", typed);
        Assert.Equal("Monday", cut.Find("textarea").GetAttribute("value"));
    }
}
