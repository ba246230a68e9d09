using InterviewPrep.Web.Features.Examples;

namespace InterviewPrep.Web.Tests.Features.Examples;

public sealed class FollowUpTranscriptTests : BunitContext
{
    private static readonly TranscriptTurn[] Turns =
    [
        new("Against what baseline?",
            new AnswerParagraph("The median of the six weeks before, from the billing export.", [new Highlight(0, 33, 5)]),
            [new Annotation(5, "The median of the six weeks before", "A baseline with its window.")]),
        new("What did you do yourself?",
            new AnswerParagraph("I wrote the query and I ran the backfill.", [new Highlight(0, 17, 6), new Highlight(22, 18, 7)]),
            [new Annotation(6, "I wrote the query", "First person."), new Annotation(7, "I ran the backfill", "A second concrete act.")]),
    ];

    [Fact]
    public void EachProbeIsTheInterviewersLineAndEachReplyTheCandidatesWithItsOwnNotes()
    {
        var cut = Render<FollowUpTranscript>(p => p
            .Add(x => x.Example, Example(Verdict.Strong))
            .Add(x => x.BasePath, "examples/sample"));

        Assert.Equal("Under follow-up questions", cut.Find("section[aria-labelledby=follow-ups-heading] > h2#follow-ups-heading").TextContent);
        var turns = cut.FindAll("ol.turns > li");
        Assert.Equal(2, turns.Count);
        Assert.Equal(["Interviewer, follow-up 1", "Against what baseline?"], turns[0].QuerySelectorAll(".interviewer-question p").Select(p => p.TextContent));
        Assert.Equal("Candidate", turns[0].QuerySelector(".interviewer-question ~ p.speaker")!.TextContent);
        Assert.Equal("I wrote the query6 and I ran the backfill7.", turns[1].QuerySelector("p.answer-paragraph")!.TextContent);
        Assert.Equal("Notes on reply 2", turns[1].QuerySelector("ol.note-list")!.GetAttribute("aria-label"));
        Assert.Equal(["note-6", "note-7"], turns[1].QuerySelectorAll("ol.note-list > li").Select(li => li.Id));
    }

    [Fact]
    public void NotesAndPhrasesLinkToEachOtherWithTheNumbersThatFollowTheAnswers()
    {
        var cut = Render<FollowUpTranscript>(p => p
            .Add(x => x.Example, Example(Verdict.Weak))
            .Add(x => x.BasePath, "examples/sample"));

        Assert.Equal(["phrase-5", "phrase-6", "phrase-7"], cut.FindAll("mark.phrase.weak").Select(m => m.Id));
        Assert.Equal(
            ["examples/sample#note-5", "examples/sample#note-6", "examples/sample#note-7"],
            cut.FindAll("a.note-ref").Select(a => a.GetAttribute("href")));
        var quote = cut.Find("li#note-7 a.note-quote");
        Assert.Equal("examples/sample#phrase-7", quote.GetAttribute("href"));
        Assert.Equal("\"I ran the backfill\" (go to phrase 7 in reply 2)", quote.TextContent);
        Assert.Contains("where the story gives way", cut.Find(".follow-ups-intro").TextContent, StringComparison.Ordinal);
    }

    private static ExampleAnswer Example(Verdict verdict) => new(
        "dive-deep-strong-sample", "A sample", "dive-deep", Level.Mid, verdict, "backend", "Backend engineer",
        "Tell me about a time.", [], [], Turns, "examples/dive-deep-strong-sample.md");
}
