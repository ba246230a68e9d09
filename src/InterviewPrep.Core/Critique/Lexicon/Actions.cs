namespace InterviewPrep.Core.Critique;

/// <summary>Who acted, and whether what they said is an action: "I rewrote", "the team shipped", "then".</summary>
internal static partial class Lexicon
{
    public static readonly WordSet SingularSubjects = new("i", "i'd", "i've", "i'll", "myself");

    public static readonly WordSet PluralSubjects = new("we", "we'd", "we've", "we'll");

    public static readonly WordSet TeamNouns = new(
        "team", "squad", "group", "crew", "department", "engineers", "devs", "everyone", "together");

    /// <summary>Words between a subject and its verb that do not change who acted: "I then quickly rewrote".</summary>
    public static readonly WordSet SubjectFillers = new(
        "then", "also", "just", "quickly", "personally", "first", "immediately", "eventually", "finally", "actually",
        "basically", "really", "myself", "directly", "manually", "carefully", "still", "later", "ultimately",
        "initially", "had", "have", "would", "will", "could", "did", "was", "were", "able", "to", "all", "both",
        "together", "instead", "ended", "up", "went", "and", "sat", "down", "literally", "simply", "slowly",
        "gradually", "each", "jointly", "collectively", "mostly", "only", "even", "promptly", "proactively", "never",
        "always", "obviously");

    /// <summary>Verbs that report a state of mind or a role, not something the candidate did.</summary>
    public static readonly WordSet NonActionVerbs = new(
        "needed", "wanted", "learned", "learnt", "realized", "realised", "seemed", "liked", "loved", "hated", "hoped",
        "expected", "assumed", "worried", "believed", "supposed", "used", "tired", "based", "interested", "excited",
        "surprised", "scared", "frustrated", "confused", "involved", "concerned", "required", "owned", "joined",
        "worked", "wondered", "felt", "thought", "knew", "was", "were", "had", "guess", "think", "feel", "know", "want",
        "need", "wish", "wished", "remember", "remembered", "believe", "hope", "am", "is", "are", "been", "being",
        "mean", "meant", "love", "like", "suspected", "doubted", "guessed", "figured", "grown", "reckoned", "sensed",
        "tend", "tended", "noticed", "agreed", "disagreed", "enjoyed", "appreciated", "struggled", "failed", "missed",
        "underestimated", "overestimated", "ignored", "forgot", "panicked", "asked");

    public static readonly WordSet ActionVerbs = new(
        // irregular past tense
        "wrote", "built", "ran", "set", "put", "made", "took", "got", "found", "led", "drove", "sent", "spoke", "met",
        "brought", "began", "broke", "caught", "chose", "dug", "drew", "gave", "held", "kept", "laid", "left", "let",
        "paid", "read", "rebuilt", "rewrote", "reran", "sold", "shut", "split", "spent", "stood", "taught", "told",
        "threw", "undid", "won", "withdrew", "cut", "dropped", "flew", "hid", "hit", "bought", "sought", "froze",
        "overrode", "rode", "shook", "struck", "swapped", "tore", "wound", "went", "did", "sat", "paired", "proved",
        "redid", "rewired", "shadowed", "stepped", "walked", "wrapped", "handed", "pushed", "pulled", "spun",
        // base forms, for answers told in the present tense
        "write", "build", "run", "make", "take", "find", "lead", "drive", "send", "speak", "meet", "bring", "start",
        "pull", "push", "add", "fix", "move", "call", "check", "test", "try", "change", "open", "close", "create",
        "design", "deploy", "rewrite", "refactor", "profile", "measure", "review", "propose", "pitch", "draft", "map",
        "trace", "dig", "pair", "escalate", "negotiate", "email", "schedule", "interview", "hire", "coach", "train",
        "reproduce", "roll", "revert", "patch", "migrate", "merge", "remove", "delete", "replace", "rebuild",
        "automate", "script", "document", "present", "convince", "explain", "share", "show", "go", "sit", "talk",
        "compare", "analyze", "analyse", "query", "instrument", "isolate", "bisect", "debug", "prototype", "ship",
        "launch", "pick", "turn", "flag", "stop", "kill", "pause", "decide", "plan", "spike", "shadow", "visit",
        "phone", "ring", "reach", "offer", "rework", "reroute", "route", "batch", "cache", "index", "shard", "throttle",
        "limit", "alert", "page", "log", "grep", "dump", "replay", "sample", "survey");

    /// <summary>A known action verb, or a regular past tense ("-ed") that is not a state of mind or a role.</summary>
    public static bool IsActionVerb(string word)
    {
        if (NonActionVerbs.Contains(word))
        {
            return false;
        }

        if (ActionVerbs.Contains(word))
        {
            return true;
        }

        return word.Length >= 5 && word.EndsWith("ed", StringComparison.Ordinal) && word.All(char.IsLetter);
    }

    private static readonly string[] SequencePhrases =
    [
        "first", "then", "next", "after that", "so i", "i started by", "the first thing", "the next thing", "step",
        "finally", "once that", "at that point i", "from there", "meanwhile",
    ];

    public static readonly PhraseMatcher Sequence = new(SequencePhrases);
}
