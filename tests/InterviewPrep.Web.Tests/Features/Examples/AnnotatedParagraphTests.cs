using InterviewPrep.Web.Features.Examples;

namespace InterviewPrep.Web.Tests.Features.Examples;

public sealed class AnnotatedParagraphTests : BunitContext
{
    [Fact]
    public void EachHighlightIsANumberedMarkThatLinksToItsNote()
    {
        var paragraph = new AnswerParagraph(
            "We looked at the logs and I implemented proper TTLs.",
            [new Highlight(0, 21, 1), new Highlight(28, 23, 2)]);

        var cut = Render<AnnotatedParagraph>(p => p
            .Add(x => x.Paragraph, paragraph)
            .Add(x => x.Verdict, Verdict.Weak)
            .Add(x => x.BasePath, "examples/sample"));

        var marks = cut.FindAll("mark.phrase");
        Assert.Equal(["We looked at the logs", "implemented proper TTLs"], marks.Select(m => m.TextContent));
        Assert.Equal(["phrase-1", "phrase-2"], marks.Select(m => m.Id));
        Assert.All(marks, m => Assert.Contains("weak", m.ClassList));
        var refs = cut.FindAll("a.note-ref");
        Assert.Equal(["examples/sample#note-1", "examples/sample#note-2"], refs.Select(a => a.GetAttribute("href")));
        Assert.Equal(["Note 1", "Note 2"], refs.Select(a => a.GetAttribute("aria-label")));
        Assert.Equal("We looked at the logs1 and I implemented proper TTLs2.", cut.Find("p").TextContent);
    }

    [Fact]
    public void AnswerTextIsEncodedSoMarkupShowsAsText()
    {
        var paragraph = new AnswerParagraph("I typed <script>alert(1)</script> into the form.", [new Highlight(8, 25, 1)]);

        var cut = Render<AnnotatedParagraph>(p => p
            .Add(x => x.Paragraph, paragraph)
            .Add(x => x.Verdict, Verdict.Strong)
            .Add(x => x.BasePath, "examples/sample"));

        Assert.Empty(cut.FindAll("script"));
        Assert.Equal("<script>alert(1)</script>", cut.Find("mark").TextContent);
    }
}
