namespace InterviewPrep.Web.Services;

/// <summary>
/// The size of one message a browser may send over the interactive circuit, and what the pages fit under it. Each
/// keystroke sends the whole field, and sends it twice: as the event's value and as Blazor's copy of the field's
/// value. The largest field is a practice answer, at most 20,000 characters, which UTF-8 makes at most 60,000
/// bytes, so 120,000 bytes plus a few hundred of framing. (A story part's limit is 10,000 characters, but the editor
/// keeps a longer paste so it can say by how much it is over; StoryEditor.razor.js refuses one too large to send.)
/// </summary>
public static class CircuitLimits
{
    public const int MaxReceiveMessageBytes = 128 * 1024;

    /// <summary>
    /// Characters of JSON a page may hand from its prerender to the circuit with <c>[PersistentState]</c>. The
    /// hand-over travels base64-encoded, protected and base64-encoded again (about 1.8 times longer) inside the
    /// circuit's first message, beside the components' own markers.
    /// </summary>
    public const int HandOverCharacters = 60_000;
}
