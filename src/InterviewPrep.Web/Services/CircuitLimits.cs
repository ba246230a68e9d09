namespace InterviewPrep.Web.Services;

/// <summary>
/// The size of one message a browser may send over the interactive circuit, and what the pages fit under it. Each
/// keystroke sends the whole field: at most 20,000 characters (a practice answer; a story part is 10,000), which
/// UTF-8 makes at most 60,000 bytes, plus a few hundred bytes of event framing.
/// </summary>
public static class CircuitLimits
{
    public const int MaxReceiveMessageBytes = 64 * 1024;

    /// <summary>
    /// Characters of JSON a page may hand from its prerender to the circuit with <c>[PersistentState]</c>. The
    /// hand-over travels base64-encoded, protected and base64-encoded again (about 1.8 times longer) inside the
    /// circuit's first message, beside the components' own markers.
    /// </summary>
    public const int HandOverCharacters = 30_000;
}
