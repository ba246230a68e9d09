namespace InterviewPrep.Core.Critique;

/// <summary>Cues for the opening of a story: where and when it happened, and what the candidate had to do.</summary>
internal static partial class Lexicon
{
    /// <summary>Where, when and in what role: the context an interviewer needs before any action makes sense.</summary>
    private static readonly string[] ContextPhrases =
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
        "was responsible for a", "we support", "we supported", "during my", "in my role", "my first job",
        "my first year",
    ];

    /// <summary>What the world looked like before the candidate acted: a state, a symptom, a history.</summary>
    private static readonly string[] StatePhrases =
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
    public static readonly WordSet RoleNouns = new(
        "engineer", "developer", "manager", "analyst", "designer", "lead", "architect", "scientist", "director",
        "principal", "intern", "consultant", "administrator", "admin", "rep", "representative", "agent", "executive",
        "specialist", "coordinator", "supervisor", "owner", "partner", "recruiter", "accountant", "marketer", "writer",
        "researcher", "tester", "sre", "pm", "founder", "officer", "head", "associate", "technician", "nurse",
        "teacher", "advisor", "strategist", "controller", "planner", "buyer", "editor", "trainee", "apprentice");

    /// <summary>Organisations: "at a ticketing company", "for a fulfilment centre".</summary>
    public static readonly WordSet OrganisationNouns = new(
        "company", "startup", "start-up", "firm", "bank", "retailer", "agency", "marketplace", "app", "platform",
        "hospital", "business", "provider", "shop", "store", "insurer", "school", "university", "consultancy",
        "manufacturer", "centre", "center", "warehouse", "charity", "nonprofit", "non-profit", "publisher", "studio",
        "lab", "scale-up", "scaleup", "fintech", "enterprise", "corporation", "organisation", "organization",
        "department", "clinic", "carrier", "airline", "factory", "plant", "restaurant", "chain", "vendor");

    private static readonly string[] TaskPhrases =
    [
        "asked us to", "asked our team to", "asked the team to", "asked my team to", "we were asked", "were asked to",
        "i took the", "my part was", "my piece was", "i was given the", "i owned", "i needed to", "i need to",
        "i had to", "i have to", "my job was", "my role was", "my task was", "my task", "my responsibility",
        "i was responsible", "i was asked", "i got asked", "i was tasked", "i was given", "i was assigned",
        "i was supposed to", "i was expected to", "i was brought in", "i was put in charge", "i was in charge",
        "in charge of", "i volunteered", "i offered to", "i took on", "i picked up", "i owned the", "it was on me",
        "it fell to me", "fell on me", "was on me", "asked me to", "asked me if", "wanted me to", "gave me",
        "handed me", "put me", "the goal was", "our goal", "my goal", "the goal", "the objective", "the aim",
        "the target", "the ask was", "the ask", "the brief", "the deadline", "a deadline", "we needed to", "we had to",
        "we need to", "needed someone", "needed to be", "had to be", "had to get", "i wanted to", "i set out to",
        "i set myself", "the challenge was", "the question was", "the job was", "the task was", "my mandate",
        "my remit", "i was hired to", "i signed up", "i committed to", "we committed to", "i promised",
        "i decided to find out", "i wanted to understand", "i needed to understand", "i had two", "i had three",
        "i had a week", "i had one week", "i had a month", "success would", "success meant", "success looked",
        "to make sure", "make sure that", "i was the one", "which meant i", "so i had to", "so i needed",
        "i was on call", "i was the on-call", "on call that", "the requirement", "requirements were",
        "i had been asked", "on call", "was mine", "were mine", "mine to", "my call", "my decision", "the call was",
        "the decision was", "decision fell", "landed on me", "landed with me", "landed on my", "came to me",
        "came down to me", "fell on my", "it was my process", "it was my queue", "it was my form", "it was my service",
        "it was my code", "it was my project", "it was my team", "it was my area", "it was my responsibility",
        "it was my problem", "it was my job", "it was my release", "my brief", "my target", "the target was",
        "only condition", "the condition was", "had to decide", "needed to decide", "had to choose", "decide whether",
        "decide between", "choose between", "whether to", "whether we should", "whether i should", "asked me why",
        "asked me whether", "asked whether", "a question from", "question from", "wanted to know", "wanted me",
        "i owned that", "i took it on", "took it on myself", "in time for", "release owner", "the owner of",
        "i was accountable",
    ];

    public static readonly PhraseMatcher Situation = new(ContextPhrases, StatePhrases);

    public static readonly PhraseMatcher Context = new(ContextPhrases);

    public static readonly PhraseMatcher Task = new(TaskPhrases);
}
