namespace InterviewPrep.Core.Critique;

/// <summary>Cues for the end of a story: what changed, and what the candidate learned from it.</summary>
internal static partial class Lexicon
{
    private static readonly string[] ResultPhrases =
    [
        "went smoothly", "went well", "went fine", "pleased", "relieved", "delighted", "paid for itself", "agreed to",
        "she agreed", "he agreed", "they agreed", "approved", "signed off", "said he was", "said she was",
        "said they were", "was glad", "were glad", "thanked me", "thanked us", "told me later", "told me afterwards",
        "later told", "went ahead with", "accepted", "got the go-ahead", "was chosen", "were chosen", "kept using",
        "started using", "stopped using", "after the changes", "after the change", "after the fix", "after the rollout",
        "after launch", "much more", "a lot more", "far more", "much less", "a lot less", "significantly", "noticeably",
        "dramatically", "more accurate", "more stable", "more reliable", "had more confidence", "turned out",
        "paid off", "as a result", "in the end", "ended up", "the result", "the results", "the outcome", "result was",
        "outcome was", "by the end", "at the end", "afterwards", "after that", "it worked", "that worked", "shipped",
        "launched", "went live", "released", "on time", "ahead of schedule", "a week early", "days early", "renewed",
        "signed", "closed the deal", "got promoted", "promoted", "adopted", "no more", "no further", "zero",
        "haven't had", "hasn't", "since launch", "since then", "which meant", "that meant", "this meant", "meant that",
        "we were able", "i was able", "they stayed", "stayed with us", "the feedback", "feedback was", "were happy",
        "was happy", "thanked", "praised", "recognized", "recognised", "now takes", "now runs", "now uses", "now use",
        "is now", "are now", "still in use", "still use", "still used", "still running", "became the", "became our",
        "rolled out to", "went from", "dropped", "fell", "rose", "grew", "improved", "reduced", "increased",
        "decreased", "doubled", "halved", "saved", "cut", "recovered", "the fix held", "never recurred", "didn't recur",
        "has not recurred", "stopped", "went away", "disappeared", "resolved", "we hit", "i hit", "we met",
        "we made the", "made the deadline", "missed the deadline", "we missed", "we lost", "we won", "churn",
        "retention", "in total", "all told", "that quarter", "that year", "within a week", "within a month",
        "within two", "within three", "over the next", "over the following", "the next quarter", "the following",
    ];

    /// <summary>
    /// "a lot faster", "got easier": a change reported without a number is still a result. "more" and "less" are left
    /// out ("it was more important") except after "much" or "a lot", which the result list already has.
    /// </summary>
    private static IEnumerable<string> ComparativePhrases()
    {
        string[] intensifiers = ["a lot", "much", "far", "way", "significantly", "noticeably", "got", "became", "were", "was", "is", "are", "felt", "looked", "ran", "run"];
        string[] comparatives =
        [
            "faster", "quicker", "slower", "better", "worse", "easier", "cheaper", "smaller", "shorter", "simpler", "smoother",
            "fewer", "lower", "higher", "calmer", "happier", "clearer", "safer",
        ];
        return intensifiers.SelectMany(i => comparatives.Select(c => $"{i} {c}"));
    }

    /// <summary>A lesson or a change in the candidate's own behaviour.</summary>
    private static readonly string[] ReflectionPhrases =
    [
        "i learned", "i've learned", "i learnt", "i've learnt", "learned that", "the lesson", "lessons", "lesson i",
        "lesson for me", "taught me", "it taught", "that taught", "next time", "if i did it again", "if i were to",
        "if i had to do", "i would do", "i'd do", "i would have", "i'd have", "i should have", "i wish i", "now i",
        "these days i", "these days", "nowadays", "since then i", "since then _ i", "since then _ _ i", "ever since",
        "from then on", "going forward", "i changed how", "changed how i", "changed the way i", "i now", "i've since",
        "i have since", "i realized", "i realised", "made me realize", "made me realise", "what i took away",
        "what i took from", "i took from", "took from it", "took from that", "my takeaway", "the takeaway", "takeaway",
        "i took away", "i started doing", "i always", "i still", "i try to", "i make sure", "i've started",
        "i have started", "i started to", "i stopped", "i no longer", "i've become", "i became more",
        "what i'd do differently", "do differently", "done differently", "would change", "i'd change", "the mistake i",
        "my mistake", "i was wrong", "i got wrong", "i underestimated", "it changed how", "i carry", "stuck with me",
        "the biggest lesson", "what i learned", "what i've learned", "i'm more", "i am more", "i'm now", "i am now",
        "i tend to", "i habitually", "i default to", "i push for", "my habit", "my rule", "a rule i", "my approach now",
        "my own approach", "the thing i'd", "the habit", "one habit", "a habit", "habit i", "habit from", "i've kept",
        "i've made it", "now whenever", "now when", "now before", "now every",
    ];

    /// <summary>Words that announce a reflection but say nothing by themselves: "looking back, ..." needs a lesson after it.</summary>
    private static readonly string[] ReflectionFramePhrases =
    [
        "looking back", "in hindsight", "with hindsight", "on reflection", "reflecting", "i reflect", "reflecting on",
    ];

    /// <summary>Reflections with no lesson in them, or that deny any change. They cancel the cue they overlap.</summary>
    private static readonly string[] EmptyReflectionPhrases =
    [
        "learned a lot", "learnt a lot", "learned so much", "learnt so much", "learned loads", "learned a ton",
        "learned a great deal", "learned lots", "learning experience", "learning curve", "taught me a lot",
        "taught me so much", "taught me loads", "lessons learned", "i'd do exactly the same", "i'd do the same",
        "i would do exactly the same", "i would do the same", "would do it again", "do it again", "wouldn't change",
        "would not change", "wouldn't do anything differently", "i still think", "i still believe", "i still feel",
        "i still stand", "i still love", "i still remember", "i always say", "i always believe", "i always try",
        "i try to keep that in mind", "dream work", "i always think",
    ];

    /// <summary>Someone else's verdict, not the candidate's reflection: "my manager told me I should have ...".</summary>
    private static readonly string[] ReportedSpeechPhrases =
    [
        "told me", "told us", "said i", "said that i", "said we", "he said", "she said", "they said", "pointed out",
        "feedback was", "reminded me", "suggested i", "wanted me",
    ];

    public static readonly PhraseMatcher Result = new(ResultPhrases, ComparativePhrases());

    public static readonly PhraseMatcher Reflection = new(ReflectionPhrases);

    public static readonly PhraseMatcher ReflectionFrame = new(ReflectionFramePhrases);

    public static readonly PhraseMatcher EmptyReflection = new(EmptyReflectionPhrases);

    public static readonly PhraseMatcher ReportedSpeech = new(ReportedSpeechPhrases);
}
