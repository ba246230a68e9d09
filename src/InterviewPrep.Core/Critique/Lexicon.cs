using System.Collections.Frozen;

namespace InterviewPrep.Core.Critique;

/// <summary>
/// The words and phrases the critic listens for. Lists are broad on purpose: candidates say the same thing many
/// ways, and the critic is judged on answers it has never seen. Phrase syntax is described on <see cref="PhraseMatcher"/>.
/// </summary>
internal static class Lexicon
{
    public static readonly FrozenSet<string> Abbreviations = Set(
        "e.g", "i.e", "etc", "vs", "mr", "mrs", "ms", "dr", "approx", "incl", "jr", "sr", "st", "no", "fig", "cf", "al");

    public static readonly FrozenSet<string> ClauseJoiners = Set("and", "so", "but", "then", "which", "because", "until", "after", "once");

    public static readonly FrozenSet<string> ClauseSubjects = Set(
        "i", "we", "i'd", "i've", "we'd", "we've", "my", "our", "the", "they", "he", "she", "it", "that", "this", "everyone",
        "nobody", "customers", "users", "nothing", "there", "now", "within", "by", "in", "after");

    public static readonly FrozenSet<string> SingularSubjects = Set("i", "i'd", "i've", "i'll", "myself");

    public static readonly FrozenSet<string> PluralSubjects = Set("we", "we'd", "we've", "we'll");

    public static readonly FrozenSet<string> TeamNouns = Set("team", "squad", "group", "crew", "department", "engineers", "devs", "everyone", "together");

    /// <summary>Words between a subject and its verb that do not change who acted: "I then quickly rewrote".</summary>
    public static readonly FrozenSet<string> SubjectFillers = Set(
        "then", "also", "just", "quickly", "personally", "first", "immediately", "eventually", "finally", "actually",
        "basically", "really", "myself", "directly", "manually", "carefully", "still", "later", "ultimately", "initially",
        "had", "have", "would", "will", "could", "did", "was", "were", "able", "to", "all", "both", "together", "instead",
        "ended", "up", "went", "and", "sat", "down", "literally", "simply", "slowly", "gradually", "each", "jointly",
        "collectively", "mostly", "only", "even", "promptly", "proactively", "never", "always", "obviously");

    /// <summary>Verbs that report a state of mind or a role, not something the candidate did.</summary>
    public static readonly FrozenSet<string> NonActionVerbs = Set(
        "needed", "wanted", "learned", "learnt", "realized", "realised", "seemed", "liked", "loved", "hated", "hoped",
        "expected", "assumed", "worried", "believed", "supposed", "used", "tired", "based", "interested", "excited",
        "surprised", "scared", "frustrated", "confused", "involved", "concerned", "required", "owned", "joined",
        "worked", "wondered", "felt", "thought", "knew", "was", "were", "had", "guess", "think", "feel", "know", "want",
        "need", "wish", "wished", "remember", "remembered", "believe", "hope", "am", "is", "are", "been", "being",
        "mean", "meant", "love", "like", "suspected", "doubted", "guessed", "figured", "grown", "reckoned", "sensed", "tend", "tended", "noticed", "agreed", "disagreed", "enjoyed", "appreciated",
        "struggled", "failed", "missed", "underestimated", "overestimated", "ignored", "forgot", "panicked", "asked");

    public static readonly FrozenSet<string> ActionVerbs = Set(
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
        "launch", "set", "pick", "split", "cut", "turn", "flag", "stop", "kill", "pause", "decide", "plan", "spike",
        "shadow", "call", "visit", "phone", "ring", "reach", "offer", "rework", "reroute", "route", "batch", "cache",
        "index", "shard", "throttle", "limit", "alert", "page", "log", "grep", "dump", "replay", "sample", "survey");

    /// <summary>Past-tense verbs that look regular but describe feelings or roles: kept out of the "-ed" rule.</summary>
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

    public static readonly FrozenSet<string> NumberWords = Set(
        "zero", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
        "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty",
        "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million", "billion", "dozen", "dozens",
        "hundreds", "thousands", "millions", "billions", "trillion");

    public static readonly FrozenSet<string> MultiplierWords = Set(
        "half", "halved", "halving", "halve", "double", "doubled", "doubling", "triple", "tripled", "tripling",
        "quadrupled", "twice", "thrice", "twofold", "threefold", "fourfold", "fivefold", "tenfold", "hundredfold",
        "thirds", "third", "quarters");

    public static readonly FrozenSet<string> TimeUnits = Set(
        "ms", "millisecond", "milliseconds", "second", "seconds", "sec", "secs", "minute", "minutes", "min", "mins",
        "hour", "hours", "hr", "hrs", "day", "days", "week", "weeks", "month", "months", "year", "years", "quarter",
        "quarters", "sprint", "sprints", "night", "nights", "shift", "shifts", "morning", "afternoon");

    public static readonly FrozenSet<string> MoneyWords = Set(
        "dollars", "dollar", "pounds", "euros", "grand", "k", "usd", "eur", "gbp", "bucks", "revenue", "arr", "mrr");

    /// <summary>What a result is measured in: a count next to one of these is an outcome, not a detail of the work.</summary>
    public static readonly FrozenSet<string> OutcomeNouns = Set(
        "tickets", "ticket", "complaints", "complaint", "errors", "error", "incidents", "incident", "outages", "outage",
        "bugs", "bug", "defects", "crashes", "crash", "failures", "failure", "timeouts", "alerts", "pages", "escalations",
        "customers", "customer", "users", "user", "signups", "sign-ups", "accounts", "orders", "sales", "deals", "deal",
        "leads", "conversions", "conversion", "churn", "refunds", "returns", "chargebacks", "calls", "contacts",
        "revenue", "cost", "costs", "spend", "latency", "requests", "violations", "mis-picks", "mistakes", "retries",
        "visitors", "installs", "downloads", "subscribers", "renewals", "hires", "candidates", "applicants",
        "attrition", "overtime", "backlog", "clients", "members",
        "lines", "records", "rows", "items", "units", "shipments", "deliveries", "cancellations", "bounces", "clicks",
        "sessions", "queries", "jobs", "builds", "deploys", "deployments", "releases", "points", "stars", "reviews",
        "issues", "problems", "reports", "comments", "parcels", "packages", "score", "rate", "nps", "csat",
        "responses", "replies", "defaults", "accidents", "injuries", "breaches", "findings", "vulnerabilities",
        "left", "quit", "stayed", "leaked", "lost", "won", "saved", "closed", "resolved", "fixed", "failed");

    /// <summary>Acronyms that name a field or a job title rather than anything concrete.</summary>
    public static readonly FrozenSet<string> GenericAcronyms = Set(
        "ai", "ml", "ui", "ux", "pm", "pms", "qa", "hr", "it", "vp", "vps", "svp", "evp", "ceo", "cto", "cfo", "coo",
        "cpo", "cmo", "ops", "b2b", "b2c", "saas", "us", "uk", "eu", "usa", "roi", "mvp", "asap", "eod", "fyi", "r&d",
        "ok", "tv", "dm", "ic", "ics", "em", "ems", "gm", "ae", "aes", "sdr", "bdr");

    /// <summary>Verbs whose subject is the measure itself: "complaints dropped to two", "the score rose from 52".</summary>
    public static readonly FrozenSet<string> MeasureVerbs = Set(
        "dropped", "fell", "rose", "grew", "climbed", "declined", "decreased", "increased", "jumped", "shrank", "went",
        "came", "plummeted", "spiked", "sank", "slid", "improved", "stayed", "settled", "landed", "recovered",
        "found", "reported", "showed", "measured", "counted", "logged", "flagged", "hit", "reached");

    /// <summary>Hedges between a word and its number: "from about twenty", "down to roughly 9".</summary>
    public static readonly FrozenSet<string> Hedges = Set(
        "about", "around", "roughly", "nearly", "almost", "just", "only", "approximately", "some", "maybe", "barely",
        "under", "over", "below", "above", "exactly", "precisely", "well", "a", "an", "the");

    /// <summary>Words too common to say what a number measures.</summary>
    public static readonly FrozenSet<string> MeasureWordStops = Set(
        "that", "this", "these", "those", "with", "from", "into", "than", "then", "they", "their", "there", "were", "have",
        "had", "been", "being", "which", "when", "what", "while", "after", "before", "about", "around", "over", "under",
        "just", "only", "also", "each", "every", "some", "more", "less", "most", "much", "many", "even", "still", "back",
        "down", "went", "came", "were", "our", "your", "them", "it's", "that's", "would", "could", "should", "against",
        "compared", "instead", "until", "since", "within", "across", "through", "first", "last", "next");

    /// <summary>Words that make the number after them a name: "version 2.0", "step three", "phase 2", "room 101".</summary>
    public static readonly FrozenSet<string> NumberLabels = Set(
        "version", "v", "release", "iteration", "phase", "step", "stage", "sprint", "level", "tier", "gen", "generation",
        "number", "room", "floor", "chapter", "page", "build", "series", "gate", "line", "route", "section",
        "ticket", "issue", "bug", "sev", "severity", "priority", "team", "episode", "season", "round");

    public static readonly FrozenSet<string> PercentWords = Set("percent", "per", "percentage", "points", "pp", "bps");

    private static readonly FrozenSet<string> UnitSuffixes = Set(
        "ms", "s", "sec", "secs", "m", "min", "mins", "h", "hr", "hrs", "d", "k", "x", "gb", "mb", "tb", "kb", "b",
        "bn", "pp", "rps", "qps", "fold", "w", "wk", "wks", "am", "pm", "th", "st", "nd", "rd", "mm", "cm", "km", "kg");

    public static bool IsUnitSuffixed(string lower)
    {
        var i = lower[0] is '$' or '\u20AC' or '\u00A3' ? 1 : 0;
        while (i < lower.Length && (char.IsDigit(lower[i]) || lower[i] is '.' or ',' or '-'))
        {
            i++;
        }

        return i > 0 && (i == lower.Length || UnitSuffixes.Contains(lower[i..]) || lower[i] == '%');
    }

    public static readonly FrozenSet<string> ChangeWords = Set(
        "reduce", "reduced", "reducing", "reduction", "cut", "cuts", "drop", "dropped", "dropping", "fall", "fell",
        "fallen", "decrease", "decreased", "lower", "lowered", "shrink", "shrank", "shrunk", "improve", "improved",
        "improvement", "increase", "increased", "grow", "grew", "grown", "growth", "rise", "rose", "risen", "raise",
        "raised", "boost", "boosted", "double", "doubled", "triple", "tripled", "halve", "halved", "save", "saved",
        "saving", "savings", "sped", "speed", "speedup", "accelerated", "climb", "climbed", "jump", "jumped",
        "decline", "declined", "shaved", "trimmed", "eliminated", "recovered", "lifted", "went", "gone", "down", "up",
        "faster", "slower", "fewer", "cheaper", "smaller", "quicker", "shorter", "higher", "better", "brought", "got",
        "dropped", "plummeted", "tanked", "spiked", "doubling", "slashed", "freed", "avoided", "prevented",
        "recouped", "retained", "won", "closed", "churn", "churned", "converted", "conversion", "lift", "from");

    /// <summary>Where, when and in what role: the context an interviewer needs before any action makes sense.</summary>
    public static readonly string[] ContextPhrases =
    [
        "at the time", "back then", "back in", "at my last", "at my previous", "at my old", "at my first", "in my last",
        "in my previous", "in my first", "when i joined", "i joined", "shortly after i joined", "i was working",
        "i worked at", "i worked on", "i worked as", "i was a", "i was an", "i was the", "i was on", "i was one of",
        "i was part of", "i was leading", "i was running", "i was managing", "i was in", "i'd just", "i had just",
        "our team was", "our team had", "the team was", "a few months ago", "a few years ago", "a couple of years ago",
        "last year", "last quarter", "last summer", "in 20*", "in 19*", "the context", "some context", "for context",
        "background", "this was", "this is from", "our product", "our main", "we sold", "we ran", "we owned",
        "the company", "a startup", "a bank", "a retailer", "a hospital", "an agency", "a marketplace", "a logistics",
        "the client", "one of our", "our biggest", "our largest", "a customer", "a major", "so this was",
        "was responsible for a", "we support", "we supported", "during my", "in my role", "my first job", "my first year",
    ];

    /// <summary>What the world looked like before the candidate acted: a state, a symptom, a history.</summary>
    public static readonly string[] StatePhrases =
    [
        "we had a", "we had an", "we were", "there was", "there were", "there had been", "the problem was",
        "the issue was", "the situation was", "had been", "kept failing", "kept crashing", "kept breaking",
        "kept timing out", "customers were", "users were", "were complaining", "was growing", "was slow", "was failing",
        "used to", "it was a", "the way it worked", "at that point", "for years", "for months", "every week",
        "every month", "every night", "every quarter", "were getting", "was getting", "was taking", "were taking",
        "had grown", "had started", "started seeing", "started to see", "were seeing", "was seeing", "noticed that",
        "was about to", "the old", "legacy", "was built", "had built", "was written", "was owned", "nobody owned",
        "no one owned",
    ];

    /// <summary>Roles: "as a principal engineer", "I was operations manager".</summary>
    public static readonly FrozenSet<string> RoleNouns = Set(
        "engineer", "developer", "manager", "analyst", "designer", "lead", "architect", "scientist", "director",
        "principal", "intern", "consultant", "administrator", "admin", "rep", "representative", "agent", "executive",
        "specialist", "coordinator", "supervisor", "owner", "partner", "recruiter", "accountant", "marketer", "writer",
        "researcher", "tester", "sre", "pm", "founder", "officer", "head", "associate", "technician", "nurse",
        "teacher", "advisor", "strategist", "controller", "planner", "buyer", "editor", "trainee", "apprentice");

    /// <summary>Organisations: "at a ticketing company", "for a fulfilment centre".</summary>
    public static readonly FrozenSet<string> OrganisationNouns = Set(
        "company", "startup", "start-up", "firm", "bank", "retailer", "agency", "marketplace", "app", "platform",
        "hospital", "business", "provider", "shop", "store", "insurer", "school", "university", "consultancy",
        "manufacturer", "centre", "center", "warehouse", "charity", "nonprofit", "non-profit", "publisher", "studio",
        "lab", "scale-up", "scaleup", "fintech", "enterprise", "corporation", "organisation", "organization",
        "department", "clinic", "carrier", "airline", "factory", "plant", "restaurant", "chain", "vendor");

    public static readonly string[] TaskPhrases =
    [
        "asked us to", "asked our team to", "asked the team to", "asked my team to", "we were asked", "were asked to", "i took the", "my part was", "my piece was", "i was given the", "i owned",
        "i needed to", "i need to", "i had to", "i have to", "my job was", "my role was", "my task was", "my task",
        "my responsibility", "i was responsible", "i was asked", "i got asked", "i was tasked", "i was given",
        "i was assigned", "i was supposed to", "i was expected to", "i was brought in", "i was put in charge",
        "i was in charge", "in charge of", "i volunteered", "i offered to", "i took on", "i picked up", "i owned the",
        "it was on me", "it fell to me", "fell on me", "was on me", "asked me to", "asked me if", "wanted me to",
        "gave me", "handed me", "put me", "the goal was", "our goal", "my goal", "the goal", "the objective",
        "the aim", "the target", "the ask was", "the ask", "the brief", "the deadline", "a deadline", "we needed to",
        "we had to", "we need to", "needed someone", "needed to be", "had to be", "had to get", "i wanted to",
        "i set out to", "i set myself", "the challenge was", "the question was", "the job was", "the task was",
        "my mandate", "my remit", "i was hired to", "i signed up", "i committed to", "we committed to", "i promised",
        "i decided to find out", "i wanted to understand", "i needed to understand", "i had two", "i had three",
        "i had a week", "i had one week", "i had a month", "success would", "success meant", "success looked",
        "to make sure", "make sure that", "i was the one", "which meant i", "so i had to", "so i needed",
        "i was on call", "i was the on-call", "on call that", "the requirement", "requirements were", "i had been asked",
        "on call", "was mine", "were mine", "mine to", "my call", "my decision", "the call was", "the decision was",
        "decision fell", "landed on me", "landed with me", "landed on my", "came to me", "came down to me", "fell on my",
        "it was my process", "it was my queue", "it was my form", "it was my service", "it was my code",
        "it was my project", "it was my team", "it was my area", "it was my responsibility", "it was my problem",
        "it was my job", "it was my release", "my brief", "my target", "the target was", "only condition",
        "the condition was", "had to decide", "needed to decide", "had to choose", "decide whether", "decide between",
        "choose between", "whether to", "whether we should", "whether i should", "asked me why", "asked me whether",
        "asked whether", "a question from", "question from", "wanted to know", "wanted me", "i owned that",
        "i took it on", "took it on myself", "in time for", "release owner", "the owner of", "i was accountable",
    ];

    public static readonly string[] ResultPhrases =
    [
        "went smoothly", "went well", "went fine", "pleased", "relieved", "delighted", "paid for itself",
        "agreed to", "she agreed", "he agreed", "they agreed", "approved", "signed off", "said he was", "said she was", "said they were", "was glad", "were glad", "thanked me", "thanked us", "told me later", "told me afterwards", "later told", "went ahead with", "accepted", "got the go-ahead", "was chosen", "were chosen", "kept using", "started using", "stopped using",
        "after the changes", "after the change", "after the fix", "after the rollout", "after launch", "much more", "a lot more", "far more", "much less", "a lot less", "much better", "a lot better", "much faster", "much easier", "a lot easier", "significantly", "noticeably", "dramatically", "more accurate", "more stable", "more reliable", "had more confidence", "turned out", "paid off",
        "as a result", "in the end", "ended up", "the result", "the results", "the outcome", "result was",
        "outcome was", "by the end", "at the end", "afterwards", "after that", "it worked", "that worked",
        "shipped", "launched", "went live", "released", "on time", "ahead of schedule", "a week early",
        "days early", "renewed", "signed", "closed the deal", "got promoted", "promoted", "adopted", "no more",
        "no further", "zero", "haven't had", "hasn't", "since launch", "since then", "which meant", "that meant",
        "this meant", "meant that", "we were able", "i was able", "they stayed", "stayed with us",
        "the feedback", "feedback was", "were happy", "was happy", "thanked", "praised", "recognized", "recognised",
        "now takes", "now runs", "now uses", "now use", "is now", "are now", "still in use", "still use", "still used",
        "still running", "became the", "became our", "rolled out to", "went from", "dropped", "fell", "rose", "grew",
        "improved", "reduced", "increased", "decreased", "doubled", "halved", "saved", "cut", "recovered",
        "the fix held", "never recurred", "didn't recur", "has not recurred", "stopped", "went away", "disappeared",
        "resolved", "we hit", "i hit", "we met", "we made the", "made the deadline", "missed the deadline",
        "we missed", "we lost", "we won", "churn", "retention",
        "in total", "all told", "that quarter", "that year", "within a week", "within a month",
        "within two", "within three", "over the next", "over the following", "the next quarter", "the following",
    ];

    /// <summary>A lesson or a change in the candidate's own behaviour.</summary>
    public static readonly string[] ReflectionPhrases =
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
        "what i'd do differently", "do differently", "done differently", "would change", "i'd change",
        "the mistake i", "my mistake", "i was wrong", "i got wrong", "i underestimated", "it changed how", "i carry",
        "stuck with me", "the biggest lesson", "what i learned", "what i've learned", "i'm more", "i am more",
        "i'm now", "i am now", "i tend to", "i habitually", "i default to", "i push for", "my habit", "my rule",
        "a rule i", "my approach now", "my own approach", "the thing i'd", "the habit", "one habit", "a habit",
        "habit i", "habit from", "i've kept", "i've made it", "now whenever", "now when", "now before", "now every",
    ];

    /// <summary>Words that announce a reflection but say nothing by themselves: "looking back, ..." needs a lesson after it.</summary>
    public static readonly string[] ReflectionFramePhrases =
    [
        "looking back", "in hindsight", "with hindsight", "on reflection", "reflecting", "i reflect", "reflecting on",
    ];

    /// <summary>Reflections with no lesson in them, or that deny any change. They cancel the cue they overlap.</summary>
    public static readonly string[] EmptyReflectionPhrases =
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
    public static readonly string[] ReportedSpeechPhrases =
    [
        "told me", "told us", "said i", "said that i", "said we", "he said", "she said", "they said", "pointed out",
        "feedback was", "reminded me", "suggested i", "wanted me",
    ];

    public static readonly string[] BaselinePhrases =
    [
        "from #", "from _ #", "from _ _ #", "# to #", "# to _ #", "# down to", "# up to", "went from", "down from",
        "up from", "compared with", "compared to", "comparing", "comparison", "versus", "vs", "relative to", "baseline",
        "baselines", "before the fix", "before the change", "before the changes", "before and after", "# before", "than before", "before it was", "the month before", "the week before", "the year before", "the quarter before", "before my change", "before the redesign", "before the rollout", "before launch", "before the launch", "beforehand", "previously", "prior", "used to", "measured", "measuring", "measure",
        "tracked", "tracking", "p50", "p75", "p90", "p95", "p99", "p999", "median", "average", "averaged", "mean",
        "per week", "per day", "per month", "per hour", "per request", "per user", "per customer", "per quarter",
        "per year", "per order", "per shift", "per ticket", "per call", "per deploy", "per release", "# a week",
        "# a day", "# a month", "# an hour", "# a year", "# a quarter", "# each week", "# every week", "a/b",
        "a/b test", "ab test", "control group", "holdout", "dashboard", "dashboards", "benchmark", "benchmarks",
        "benchmarked", "according to", "last quarter", "the previous", "over the following", "over the next",
        "year over year", "week over week", "month over month", "same period", "than before", "than it was",
        "than last", "than the old", "than the previous", "against the", "grafana", "datadog", "looker", "tableau",
        "mixpanel", "amplitude", "cloudwatch", "prometheus", "honeycomb", "sentry", "splunk", "kibana", "metabase",
        "new relic", "google analytics", "the logs showed", "survey", "nps", "csat", "the report", "the data showed",
        "out of", "# of #", "# in #", "# of the #", "counted", "sampled", "reconciled", "audited", "instead of #",
        "at the start", "the old", "originally", "started at", "starting point", "had been #",
        "used to take", "against #", "# against", "versus #", "vs #", "the control", "in the control",
    ];

    /// <summary>Words that name an option the candidate weighed. Each needs a reason nearby to count.</summary>
    public static readonly string[] AlternativePhrases =
    [
        "if we waited", "if i waited", "if we'd waited", "if i'd waited", "if we had waited", "if i had waited",
        "if we did nothing", "doing nothing", "waiting would", "the alternative", "thought about", "i thought of",
        "toyed with", "was an option", "weighed up", "looked at two", "looked at three", "compared two",
        "compared three", "i considered", "we considered", "considered", "i consider", "considering", "option",
        "options", "alternative", "alternatives", "ruled out", "rule out", "ruling out", "trade-off", "trade-offs",
        "tradeoff", "tradeoffs", "trade off", "weighed", "weighing", "pros and cons", "decided against", "rejected",
        "passed on", "could have", "could've", "the obvious", "the other approach", "another approach", "another way",
        "a different approach", "one approach", "two approaches", "approaches", "one idea was", "first instinct",
        "first thought", "tempting", "evaluated", "evaluating", "plan b", "or we could",
        "or i could", "we could either", "i could either", "the choice", "choice was", "a choice", "didn't go with",
        "did not go with", "argued for", "argued against", "proposed instead", "default would", "the standard answer",
        "the textbook", "the easy", "the careful", "the quick", "the simple", "the safe", "the usual", "routes",
        "the other was", "the other option", "the other route", "the other extreme", "the other way", "suggested",
        "people wanted", "team wanted", "wanted to go", "obvious fix", "obvious answer", "obvious move",
        "looked at *ing", "look at *ing", "looked into *ing", "thought about *ing", "wanted me to", "wanted us to",
        "pushed for", "pushing for", "the proposal", "a proposal", "their proposal", "on the table", "compared it",
        "compared its", "compared them", "compared both", "side by side", "head to head", "head-to-head",
        "decide whether", "whether to", "instinct was to", "the fallback", "fallback", "first idea", "another idea", "other idea",
    ];

    /// <summary>An option and the reason against it in one breath: "would have cost 90 thousand a year", "too risky".</summary>
    public static readonly string[] ReasonedAlternativePhrases =
    [
        "would have cost", "would've cost", "would have taken", "would've taken", "would have meant", "would've meant",
        "would have required", "would have been worse", "would have broken", "would have delayed", "would have lost",
        "would have doubled", "wasn't worth", "was not worth", "not worth it", "too risky", "too expensive", "too costly",
        "hard to justify", "ruled out", "ruled it out", "decided against", "trade-off", "trade-offs", "tradeoff",
        "tradeoffs", "pros and cons", "i rejected", "we rejected", "didn't go with", "did not go with",
    ];

    /// <summary>"Instead of" and "rather than" often only describe what was done; they need a stated cause.</summary>
    public static readonly string[] WeakAlternativePhrases = ["instead of", "rather than", "instead"];

    /// <summary>Why an option was set aside: a cost, a risk, a consequence, a "but".</summary>
    public static readonly string[] RejectionPhrases =
    [
        "because", "since", "as it", "as that", "given", "but", "however", "though", "wouldn't", "would not",
        "would have", "would've", "would mean", "would only", "would just", "would take", "would cost", "would lose",
        "would make", "would break", "would be", "too", "not worth", "wasn't worth", "meant", "costs", "cost",
        "risk", "risky", "didn't want", "did not want", "didn't think", "didn't believe", "wasn't convinced",
        "hard to justify", "overkill", "no way", "couldn't", "could not", "downside", "the catch", "problem with",
        "decided against", "ruled", "rejected", "instead", "so that wouldn't", "i didn't", "we didn't", "would",
        "wasn't willing", "wasn't comfortable", "not comfortable", "not willing", "unwilling",
    ];

    /// <summary>A stated cause, enough to turn "instead of X" into a choice.</summary>
    public static readonly string[] CausePhrases =
    [
        "because", "since", "as it", "as that", "given", "so that wouldn't", "which would have", "which would",
        "would have", "would've", "too risky", "too slow", "too expensive", "too costly", "not worth",
    ];

    public static readonly string[] ReversibilityPhrases =
    [
        "reversible", "irreversible", "reverse it", "reversed", "two-way door", "one-way door", "two way door",
        "one way door", "roll back", "rollback", "rolled back", "rollbacks", "roll it back", "revert", "reverted",
        "undo", "undone", "feature flag", "feature flags", "flag", "the flag", "behind a flag", "kill switch",
        "canary", "canaried", "small percentage", "# percent of", "#% of", "blast radius", "contain the",
        "contain it", "contained it", "contained the", "limited to", "limited it", "limited the", "limit the",
        "pilot", "piloted", "a trial", "trial run", "worst case", "downside", "the risk", "risk of", "low risk",
        "low-risk", "lower risk", "de-risk", "derisk", "limit the risk", "safe to", "safely", "back out",
        "backed out", "dry run", "in staging", "on staging", "to staging", "shadow mode", "in shadow",
        "shadow traffic", "timebox", "time-box", "time-boxed", "timeboxed", "time boxed", "could always",
        "cheap to", "easy to change", "easy to undo", "temporary", "temporarily", "one region", "one store",
        "one warehouse", "one site", "one market", "a single region", "a single store", "a subset", "subset",
        "experiment", "snapshot", "backup", "spending cap", "a cap", "cap of", "capped", "stop condition",
        "kill criterion", "if it went wrong", "if it failed", "if it didn't work", "if we were wrong",
        "if i was wrong", "gradual", "gradually", "staged rollout", "phased", "first batch", "small batch",
    ];

        /// <summary>Stock phrases that stand in for what was actually done.</summary>
    public static readonly string[] VaguePhrases =
    [
        "set the right expectations", "the right expectations", "set expectations", "open and honest", "figured out what was going on", "figured out the problem", "figured out the issue", "made sure it wouldn't happen again", "so it wouldn't happen again", "make sure it doesn't happen again", "made sure it doesn't happen again", "pushed through", "worked really hard", "put in long hours", "went the extra mile", "hit the ground running", "think outside the box", "thought outside the box", "raised the bar", "wore many hats",
        "best practice", "best practices", "proper caching", "proper testing", "proper monitoring", "proper logging",
        "proper documentation", "proper process", "proper processes", "proper error handling", "proper validation",
        "proper checks", "optimized the", "optimised the", "optimized our", "optimised our", "optimized it",
        "optimised it", "optimized things", "optimised things", "optimized everything", "to leverage", "leverage our",
        "leverage the", "leverage existing", "leverage this", "leverage that", "leverage it", "leverage their",
        "leverage my", "we leverage", "i leverage", "leveraged",
        "leveraging", "synergy", "synergies", "streamlined", "improved the process", "improved processes",
        "made it more efficient", "made things more efficient", "scalable solution", "went above and beyond",
        "above and beyond", "moved the needle", "drove alignment", "aligned stakeholders",
        "aligned with stakeholders", "worked with stakeholders", "collaborated with stakeholders",
        "cross-functional collaboration", "made some changes", "a number of improvements", "some improvements",
        "made improvements", "several improvements", "cutting-edge", "cutting edge", "state of the art",
        "state-of-the-art", "industry standard", "holistic", "end-to-end solution", "fixed the issues",
        "fixed some issues", "fixed things", "sorted it out", "sorted things out", "improved performance",
        "improved the performance", "utilized", "utilised", "ensured quality", "seamless", "seamlessly",
        "world-class", "game changer", "game-changer", "data-driven approach", "in a timely manner",
        "at the end of the day", "low-hanging fruit", "customer-centric", "value-add", "paradigm",
        "actionable insights", "best-in-class", "next-level", "efficiencies", "improved things",
    ];

    /// <summary>Weaker filler: vague only when it piles up.</summary>
    public static readonly string[] SoftVaguePhrases =
    [
        "take ownership", "looked into it", "looked into the issue", "looked into the problem", "some issues", "a few issues", "some problems", "a few things", "the issues", "the process", "a big impact", "huge impact", "a huge improvement", "a big improvement", "really well", "great job", "a success", "successfully",
        "proper", "properly", "streamline", "more efficient", "robust", "a solution", "the solution", "various",
        "some changes", "made changes", "a few changes", "fixed the issue", "enhanced", "enhancements",
        "worked closely with", "proactively", "did some", "things like that", "stuff like that", "and so on",
        "and stuff", "all that", "took ownership", "ownership mindset", "key learnings", "learnings", "insights",
        "deep dive", "deep-dive", "dove deep", "the right thing", "the right way", "the right approach", "clean up",
        "cleaned up", "cleaned things up", "tidied up", "refined", "modernized", "modernised", "revamped",
        "overhauled", "a lot of work", "lots of work", "worked hard", "really hard", "hard work", "a lot of effort",
        "impactful", "maximize", "maximise", "maximized", "maximised", "optimization", "optimizations",
        "optimisation", "optimisations", "fixed it", "handled it", "dealt with it", "took care of it", "took care of",
    ];

    /// <summary>A vague phrase immediately followed by one of these is usually being explained, not hidden behind.</summary>
    public static readonly FrozenSet<string> Elaborators = Set("by", "with", "using", "via", "through", "to", "so", "from");

    /// <summary>Concrete mechanisms and artefacts across software and non-software work.</summary>
    public static readonly FrozenSet<string> ConcreteNouns = Set(
        "index", "indexes", "indices", "query", "queries", "ttl", "ttls", "schema", "endpoint", "endpoints",
        "migration", "migrations", "rollback", "retry", "retries", "backoff", "timeout", "timeouts", "lock", "locks",
        "mutex", "deadlock", "cron", "webhook", "webhooks", "consumer", "consumers", "producer", "partition",
        "partitions", "shard", "shards", "replica", "replicas", "failover", "heap", "cpu", "latency", "throughput",
        "p95", "p99", "trace", "traces", "flame", "profiler", "dump", "logs", "runbook", "canary", "flag", "flags",
        "toggle", "fixture", "fixtures", "mock", "regression", "bisect", "diff", "pr", "idempotency", "idempotent",
        "checksum", "hash", "join", "joins", "column", "columns", "table", "tables", "row", "rows", "dedup",
        "deduplication", "backfill", "snapshot", "replication", "connection", "pooling", "bundle", "rerender",
        "hydration", "hook", "hooks", "reducer", "selector", "cdn", "font", "fonts", "accessibility", "reader",
        "keyboard", "css", "animation", "anr", "battery", "offline", "sync", "cache", "caching", "invalidation",
        "eviction", "lru", "certificate", "dns", "balancer", "autoscaling", "pod", "pods", "cluster", "disk",
        "volume", "terraform", "helm", "ansible", "vpc", "firewall", "iam", "oauth", "sso", "encryption", "labelling",
        "labeling", "inference", "embedding", "embeddings", "precision", "recall", "auc", "f1", "drift", "threshold",
        "thresholds", "holdout", "a/b", "notebook", "warehouse", "etl", "dag", "spreadsheet", "formula", "pivot",
        "sql", "regex", "parser", "serializer", "payload", "json", "csv", "xml", "api", "apis", "sdk", "cli", "repo",
        "monorepo", "linter", "lint", "compiler", "gc", "allocation", "allocations", "goroutine", "async", "callback",
        "promise", "websocket", "grpc", "graphql", "mutation", "resolver", "orm", "n+1", "sharding", "vacuum",
        "autovacuum", "wal", "binlog", "cdc", "offsets", "backpressure", "ratelimit", "breaker", "bulkhead",
        "sidecar", "proxy", "gateway", "lambda", "bucket", "buckets", "blob", "s3", "kafka", "crm", "discount",
        "pricing", "renewal", "renewals", "rfp", "poc", "objection", "objections", "playbook", "macro", "macros",
        "sla", "slas", "csat", "nps", "chargeback", "chargebacks", "roster", "rota", "forklift", "pallet", "pallets",
        "picker", "pickers", "carrier", "carriers", "sku", "skus", "checklist", "template", "templates", "rubric",
        "rubrics", "scorecard", "curriculum", "reconciliation", "spreadsheet", "wireframe", "usability", "okr",
        "okrs", "kpi", "kpis", "memo", "rfc", "adr", "postmortem", "post-mortem", "retrospective", "on-call", "pager",
        "sev1", "sev2", "outage", "outages", "hotfix", "changelog", "1:1", "1:1s");

    /// <summary>Named tools, languages and services: each one is a specific.</summary>
    public static readonly FrozenSet<string> NamedTools = Set(
        "postgres", "postgresql", "mysql", "sqlite", "redis", "memcached", "kafka", "rabbitmq", "sqs", "sns",
        "kinesis", "dynamodb", "mongodb", "mongo", "cassandra", "elasticsearch", "opensearch", "snowflake",
        "bigquery", "redshift", "databricks", "spark", "airflow", "dbt", "flink", "hadoop", "hive", "presto",
        "trino", "pandas", "numpy", "pytorch", "tensorflow", "sklearn", "scikit-learn", "xgboost", "lightgbm",
        "huggingface", "mlflow", "kubeflow", "sagemaker", "jupyter", "react", "vue", "angular", "svelte", "nextjs",
        "next.js", "webpack", "vite", "typescript", "javascript", "redux", "graphql", "swift", "swiftui", "kotlin",
        "compose", "android", "ios", "xcode", "flutter", "java", "python", "golang", "go", "rust", "c#", "dotnet",
        ".net", "ruby", "rails", "django", "flask", "node", "node.js", "express", "spring", "kubernetes", "k8s",
        "docker", "terraform", "aws", "gcp", "azure", "ec2", "s3", "lambda", "cloudfront", "nginx", "envoy",
        "istio", "linux", "jenkins", "github", "gitlab", "circleci", "grafana", "datadog", "prometheus", "sentry",
        "splunk", "pagerduty", "opsgenie", "honeycomb", "jaeger", "opentelemetry", "cloudwatch", "looker",
        "tableau", "metabase", "mixpanel", "amplitude", "segment", "excel", "sheets", "salesforce", "hubspot",
        "zendesk", "intercom", "freshdesk", "jira", "confluence", "notion", "slack", "figma", "stripe", "twilio",
        "shopify", "sap", "netsuite", "workday", "greenhouse", "lever", "gong", "outreach", "zoom", "okta",
        "cloudflare", "fastly", "akamai", "vercel", "heroku", "firebase", "supabase", "lighthouse", "cypress",
        "playwright", "selenium", "jest", "pytest", "xunit", "junit", "gradle", "maven", "npm", "yarn", "bazel",
        "git", "ssh", "tcp", "http", "https", "grpc", "protobuf", "avro", "parquet", "llm", "gpt", "bert", "openai",
        "anthropic", "whisper", "cuda", "gpu", "gpus", "tpu", "quickbooks", "power", "bi", "powerbi", "sumo",
        "loki", "tempo", "vault", "consul", "nomad", "celery", "sidekiq", "resque", "hangfire", "quartz");

    /// <summary>Generic nouns that sound technical but name nothing in particular.</summary>
    public static readonly FrozenSet<string> GenericCapitalized = Set(
        "i", "i'd", "i've", "i'll", "i'm", "so", "and", "but", "then", "the", "we", "our", "my", "it", "this", "that",
        "when", "after", "before", "once", "in", "on", "at", "a", "an", "one", "two", "as", "by", "for", "if",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "ok", "okay", "yes", "no", "well", "also", "because", "finally", "eventually", "first", "second", "third",
        "looking", "since", "now", "there", "they", "he", "she", "what", "which", "who", "how", "why", "with");

    public static readonly string[] ScopePhrases =
    [
        "other teams", "across teams", "across the", "teams", "org", "orgs", "organisation", "organization",
        "organisations", "organizations", "org-wide", "company-wide", "companywide", "across the company",
        "departments", "division", "divisions", "vp", "vps", "director", "directors", "leadership", "executives",
        "exec", "execs", "cto", "ceo", "cfo", "coo", "cpo", "partner teams", "stakeholders", "every team", "# teams",
        "platform", "platforms", "standard", "standards", "rfc", "architecture review", "roadmap", "roadmaps",
        "industry", "business units", "business unit", "regions", "countries", "product lines", "engineers across",
        "the wider", "group-wide", "multiple teams", "several teams", "all teams", "each team", "cross-team",
        "cross-functional", "finance", "legal", "security team", "sales team", "support team", "marketing",
    ];

    public static readonly string[] MechanismPhrases =
    [
        "process", "template", "templates", "checklist", "runbook", "playbook", "linter", "lint rule", "ci check",
        "guideline", "guidelines", "policy", "standard", "standards", "framework", "library", "documented",
        "documentation", "onboarding", "training", "mentor", "mentored", "mentoring", "review", "automated",
        "automation", "alert", "alerts", "dashboard", "still in use", "still used", "still runs", "adopted",
        "default", "defaults", "now every", "every new", "every team", "guild", "forum", "rfc", "design review",
        "paved road", "golden path", "rubric", "curriculum", "charter", "operating model", "cadence", "ritual",
        "weekly review", "quarterly review", "scorecard", "okr", "okrs", "hiring bar", "interview loop",
    ];

    public static readonly string[] SequencePhrases =
    [
        "first", "then", "next", "after that", "so i", "i started by", "the first thing", "the next thing",
        "step", "finally", "once that", "at that point i", "from there", "meanwhile",
    ];

    public static readonly PhraseMatcher Situation = new(ContextPhrases, StatePhrases);
    public static readonly PhraseMatcher Context = new(ContextPhrases);
    public static readonly PhraseMatcher Task = new(TaskPhrases);
    public static readonly PhraseMatcher Result = new(ResultPhrases, ComparativePhrases());
    public static readonly PhraseMatcher Reflection = new(ReflectionPhrases);
    public static readonly PhraseMatcher ReflectionFrame = new(ReflectionFramePhrases);
    public static readonly PhraseMatcher EmptyReflection = new(EmptyReflectionPhrases);
    public static readonly PhraseMatcher ReportedSpeech = new(ReportedSpeechPhrases);
    public static readonly PhraseMatcher Baseline = new(BaselinePhrases);
    public static readonly PhraseMatcher Alternatives = new(AlternativePhrases);
    public static readonly PhraseMatcher ReasonedAlternatives = new(ReasonedAlternativePhrases);
    public static readonly PhraseMatcher WeakAlternatives = new(WeakAlternativePhrases);
    public static readonly PhraseMatcher Rejection = new(RejectionPhrases);
    public static readonly PhraseMatcher Cause = new(CausePhrases);
    public static readonly PhraseMatcher Reversibility = new(ReversibilityPhrases);
    public static readonly PhraseMatcher Vague = new(VaguePhrases);
    public static readonly PhraseMatcher SoftVague = new(SoftVaguePhrases);
    public static readonly PhraseMatcher Scope = new(ScopePhrases);
    public static readonly PhraseMatcher Mechanism = new(MechanismPhrases);
    public static readonly PhraseMatcher Sequence = new(SequencePhrases);

    /// <summary>"a lot faster", "got easier": a change reported without a number is still a result. "more" and "less" are
    /// left out ("it was more important") except after "much" or "a lot", which the result list already has.</summary>
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

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);
}
