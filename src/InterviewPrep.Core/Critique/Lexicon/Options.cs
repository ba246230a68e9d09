namespace InterviewPrep.Core.Critique;

/// <summary>Options weighed and set aside, the reasons given against them, and how a risky decision was contained.</summary>
internal static partial class Lexicon
{
    /// <summary>Words that name an option the candidate weighed. Each needs a reason nearby to count.</summary>
    private static readonly string[] AlternativePhrases =
    [
        "if we waited", "if i waited", "if we'd waited", "if i'd waited", "if we had waited", "if i had waited",
        "if we did nothing", "doing nothing", "waiting would", "the alternative", "thought about", "i thought of",
        "toyed with", "was an option", "weighed up", "looked at two", "looked at three", "compared two",
        "compared three", "i considered", "we considered", "considered", "i consider", "considering", "option",
        "options", "alternative", "alternatives", "rule out", "ruling out", "trade off", "weighed", "weighing",
        "rejected", "passed on", "could have", "could've", "the obvious", "the other approach", "another approach",
        "another way", "a different approach", "one approach", "two approaches", "approaches", "one idea was",
        "first instinct", "first thought", "tempting", "evaluated", "evaluating", "plan b", "or we could", "or i could",
        "we could either", "i could either", "the choice", "choice was", "a choice", "argued for", "argued against",
        "proposed instead", "default would", "the standard answer", "the textbook", "the easy", "the careful",
        "the quick", "the simple", "the safe", "the usual", "routes", "the other was", "the other option",
        "the other route", "the other extreme", "the other way", "suggested", "people wanted", "team wanted",
        "wanted to go", "obvious fix", "obvious answer", "obvious move", "looked at *ing", "look at *ing",
        "looked into *ing", "thought about *ing", "wanted me to", "wanted us to", "pushed for", "pushing for",
        "the proposal", "a proposal", "their proposal", "on the table", "compared it", "compared its", "compared them",
        "compared both", "side by side", "head to head", "head-to-head", "decide whether", "whether to",
        "instinct was to", "the fallback", "fallback", "first idea", "another idea", "other idea",
    ];

    /// <summary>An option and the reason against it in one breath: "would have cost 90 thousand a year", "too risky".</summary>
    private static readonly string[] ReasonedAlternativePhrases =
    [
        "would have cost", "would've cost", "would have taken", "would've taken", "would have meant", "would've meant",
        "would have required", "would have been worse", "would have broken", "would have delayed", "would have lost",
        "would have doubled", "wasn't worth", "was not worth", "not worth it", "too risky", "too expensive",
        "too costly", "hard to justify", "ruled out", "ruled it out", "decided against", "trade-off", "trade-offs",
        "tradeoff", "tradeoffs", "pros and cons", "i rejected", "we rejected", "didn't go with", "did not go with",
    ];

    /// <summary>"Instead of" and "rather than" often only describe what was done; they need a stated cause.</summary>
    private static readonly string[] WeakAlternativePhrases =
    [
        "instead of", "rather than", "instead",
    ];

    /// <summary>Why an option was set aside: a cost, a risk, a consequence, a "but".</summary>
    private static readonly string[] RejectionPhrases =
    [
        "because", "since", "as it", "as that", "given", "but", "however", "though", "wouldn't", "would not",
        "would have", "would've", "would mean", "would only", "would just", "would take", "would cost", "would lose",
        "would make", "would break", "would be", "too", "not worth", "meant", "costs", "cost", "risk", "risky",
        "didn't want", "did not want", "didn't think", "didn't believe", "wasn't convinced", "overkill", "no way",
        "couldn't", "could not", "downside", "the catch", "problem with", "ruled", "rejected", "instead",
        "so that wouldn't", "i didn't", "we didn't", "would", "wasn't willing", "wasn't comfortable", "not comfortable",
        "not willing", "unwilling",
    ];

    /// <summary>A stated cause, enough to turn "instead of X" into a choice.</summary>
    private static readonly string[] CausePhrases =
    [
        "because", "since", "as it", "as that", "given", "so that wouldn't", "which would have", "which would",
        "would have", "would've", "too slow", "not worth",
    ];

    /// <summary>Before "considered", these make it passive: "fairness was considered at every stage" weighs no option.</summary>
    public static readonly WordSet PassiveAuxiliaries = new("was", "were", "be", "been", "is", "are", "being");

    private static readonly string[] ReversibilityPhrases =
    [
        "reversible", "irreversible", "reverse it", "reversed", "two-way door", "one-way door", "two way door",
        "one way door", "roll back", "rollback", "rolled back", "rollbacks", "roll it back", "revert", "reverted",
        "undo", "undone", "feature flag", "feature flags", "flag", "the flag", "behind a flag", "kill switch", "canary",
        "canaried", "small percentage", "# percent of", "#% of", "blast radius", "contain the", "contain it",
        "contained it", "contained the", "limited to", "limited it", "limited the", "limit the", "pilot", "piloted",
        "a trial", "trial run", "worst case", "downside", "the risk", "risk of", "low risk", "low-risk", "lower risk",
        "de-risk", "derisk", "limit the risk", "safe to", "safely", "back out", "backed out", "dry run", "in staging",
        "on staging", "to staging", "shadow mode", "in shadow", "shadow traffic", "timebox", "time-box", "time-boxed",
        "timeboxed", "time boxed", "could always", "cheap to", "easy to change", "easy to undo", "temporary",
        "temporarily", "one region", "one store", "one warehouse", "one site", "one market", "a single region",
        "a single store", "a subset", "subset", "experiment", "snapshot", "backup", "spending cap", "a cap", "cap of",
        "capped", "stop condition", "kill criterion", "if it went wrong", "if it failed", "if it didn't work",
        "if we were wrong", "if i was wrong", "gradual", "gradually", "staged rollout", "phased", "first batch",
        "small batch",
    ];

    public static readonly PhraseMatcher Alternatives = new(AlternativePhrases);

    public static readonly PhraseMatcher ReasonedAlternatives = new(ReasonedAlternativePhrases);

    public static readonly PhraseMatcher WeakAlternatives = new(WeakAlternativePhrases);

    public static readonly PhraseMatcher Rejection = new(RejectionPhrases);

    public static readonly PhraseMatcher Cause = new(CausePhrases);

    public static readonly PhraseMatcher Reversibility = new(ReversibilityPhrases);
}
