using System.Text;
using Markdig;
using Markdig.Syntax;

namespace InterviewPrep.Core.Content;

/// <summary>
/// Reading an example's optional <c>transcript</c>: the interviewer's follow-ups and the candidate's replies, each reply
/// annotated under the same quote rule as the answer.
/// </summary>
public static partial class ContentLoader
{
    private static List<TranscriptTurn> ReadTranscript(YamlFields fields, int firstNumber, SourceFile file)
    {
        if (!fields.Has("transcript"))
        {
            return [];
        }

        var turns = fields.List("transcript", ContentRules.MinTranscriptTurns, turn =>
        {
            turn.RejectUnknown("probe", "reply", "annotations");
            var probe = turn.Required("probe");
            var reply = ReadReply(turn, file);
            var annotations = ReadAnnotations(turn, ContentRules.MinReplyAnnotations);
            if (annotations.Count > ContentRules.MaxReplyAnnotations)
            {
                file.Error(turn.LineOf("annotations"),
                    $"'annotations' has {annotations.Count} item(s); a reply takes at most {ContentRules.MaxReplyAnnotations}.");
            }

            return (Probe: probe, Reply: reply, Annotations: annotations);
        });
        if (turns.Count > ContentRules.MaxTranscriptTurns)
        {
            file.Error(fields.LineOf("transcript"),
                $"'transcript' has {turns.Count} turns; at most {ContentRules.MaxTranscriptTurns} are allowed.");
        }

        var result = new List<TranscriptTurn>();
        var number = firstNumber;
        foreach (var (probe, reply, annotations) in turns)
        {
            var placed = PlaceQuotes([reply], annotations, "the reply", number, file);
            result.Add(new TranscriptTurn(probe, Highlighted(reply, 0, placed), Notes(placed)));
            number += placed.Count;
        }

        return result;
    }

    /// <summary>The reply as the page shows it: one plain paragraph, whitespace collapsed, within the word range.</summary>
    private static string ReadReply(YamlFields turn, SourceFile file)
    {
        var reply = turn.Required("reply");
        if (reply.Length == 0)
        {
            return reply;
        }

        var line = turn.LineOf("reply");
        var text = new StringBuilder();
        if (Markdown.Parse(reply, Pipeline) is not [ParagraphBlock paragraph] || !FlattenPlain(paragraph.Inline, text, out _))
        {
            file.Error(line, "A reply is one plain paragraph: no emphasis, links, code, lists or headings.");
            return reply;
        }

        var plain = TextStats.NormalizeWhitespace(text.ToString());
        var words = TextStats.CountWords(plain);
        if (words is < ContentRules.MinReplyWords or > ContentRules.MaxReplyWords)
        {
            file.Error(line,
                $"The reply is {words} words; a reply takes {ContentRules.MinReplyWords} to {ContentRules.MaxReplyWords}.");
        }

        return plain;
    }
}
