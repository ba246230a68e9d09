namespace InterviewPrep.Core.Critique;

/// <summary>What a result is measured in, how it moved, and what it is compared with.</summary>
internal static partial class Lexicon
{
    /// <summary>What a result is measured in: a count next to one of these is an outcome, not a detail of the work.</summary>
    public static readonly WordSet OutcomeNouns = new(
        "tickets", "ticket", "complaints", "complaint", "errors", "error", "incidents", "incident", "outages", "outage",
        "bugs", "bug", "defects", "crashes", "crash", "failures", "failure", "timeouts", "alerts", "pages",
        "escalations", "customers", "customer", "users", "user", "signups", "sign-ups", "accounts", "orders", "sales",
        "deals", "deal", "leads", "conversions", "conversion", "churn", "refunds", "returns", "chargebacks", "calls",
        "contacts", "revenue", "cost", "costs", "spend", "latency", "requests", "violations", "mis-picks", "mistakes",
        "retries", "visitors", "installs", "downloads", "subscribers", "renewals", "hires", "candidates", "applicants",
        "attrition", "overtime", "backlog", "clients", "members", "lines", "records", "rows", "items", "units",
        "shipments", "deliveries", "cancellations", "bounces", "clicks", "sessions", "queries", "jobs", "builds",
        "deploys", "deployments", "releases", "points", "stars", "reviews", "issues", "problems", "reports", "comments",
        "parcels", "packages", "score", "rate", "nps", "csat", "responses", "replies", "defaults", "accidents",
        "injuries", "breaches", "findings", "vulnerabilities", "left", "quit", "stayed", "leaked", "lost", "won",
        "saved", "closed", "resolved", "fixed", "failed");

    /// <summary>Verbs whose subject is the measure itself: "complaints dropped to two", "the score rose from 52".</summary>
    public static readonly WordSet MeasureVerbs = new(
        "dropped", "fell", "rose", "grew", "climbed", "declined", "decreased", "increased", "jumped", "shrank", "went",
        "came", "plummeted", "spiked", "sank", "slid", "improved", "stayed", "settled", "landed", "recovered", "found",
        "reported", "showed", "measured", "counted", "logged", "flagged", "hit", "reached");

    /// <summary>Words too common to say what a number measures.</summary>
    public static readonly WordSet MeasureWordStops = new(
        "that", "this", "these", "those", "with", "from", "into", "than", "then", "they", "their", "there", "were",
        "have", "had", "been", "being", "which", "when", "what", "while", "after", "before", "about", "around", "over",
        "under", "just", "only", "also", "each", "every", "some", "more", "less", "most", "much", "many", "even",
        "still", "back", "down", "went", "came", "our", "your", "them", "it's", "that's", "would", "could", "should",
        "against", "compared", "instead", "until", "since", "within", "across", "through", "first", "last", "next");

    public static readonly WordSet ChangeWords = new(
        "reduce", "reduced", "reducing", "reduction", "cut", "cuts", "drop", "dropped", "dropping", "fall", "fell",
        "fallen", "decrease", "decreased", "lower", "lowered", "shrink", "shrank", "shrunk", "improve", "improved",
        "improvement", "increase", "increased", "grow", "grew", "grown", "growth", "rise", "rose", "risen", "raise",
        "raised", "boost", "boosted", "double", "doubled", "triple", "tripled", "halve", "halved", "save", "saved",
        "saving", "savings", "sped", "speed", "speedup", "accelerated", "climb", "climbed", "jump", "jumped", "decline",
        "declined", "shaved", "trimmed", "eliminated", "recovered", "lifted", "went", "gone", "down", "up", "faster",
        "slower", "fewer", "cheaper", "smaller", "quicker", "shorter", "higher", "better", "brought", "got",
        "plummeted", "tanked", "spiked", "doubling", "slashed", "freed", "avoided", "prevented", "recouped", "retained",
        "won", "closed", "churn", "churned", "converted", "conversion", "lift", "from");

    /// <summary>Words besides <see cref="ChangeWords"/> that put a figure against a limit: "under two seconds", "less than 1%".</summary>
    public static readonly WordSet BoundWords = new("under", "below", "less", "zero", "none");

    /// <summary>Words that join two figures into a comparison: "from 30 to 4", "six instead of twelve", "5.2% against 6.0%".</summary>
    public static readonly WordSet ComparisonWords = new(
        "to", "from", "instead", "against", "versus", "vs", "than", "compared", "down", "up");

    /// <summary>Words that set two figures of one kind before and after: "2.5 seconds before ... and afterwards 1.5 seconds".</summary>
    public static readonly WordSet BeforeAfterWords = new(
        "to", "instead", "against", "versus", "vs", "than", "compared", "after", "afterwards", "before", "now");

    /// <summary>Words that stand for a figure of nothing: "from twelve a month to none".</summary>
    public static readonly WordSet NoneWords = new("none", "zero", "nothing");

    private static readonly string[] BaselinePhrases =
    [
        "from #", "from _ #", "from _ _ #", "# to #", "# to _ #", "# down to", "# up to", "went from", "down from",
        "up from", "compared with", "compared to", "comparing", "comparison", "versus", "vs", "relative to", "baseline",
        "baselines", "before the fix", "before the change", "before the changes", "before and after", "# before",
        "than before", "before it was", "the month before", "the week before", "the year before", "the quarter before",
        "before my change", "before the redesign", "before the rollout", "before launch", "before the launch",
        "beforehand", "previously", "prior", "used to", "measured", "measuring", "measure", "tracked", "tracking",
        "p50", "p75", "p90", "p95", "p99", "p999", "median", "average", "averaged", "mean", "per week", "per day",
        "per month", "per hour", "per request", "per user", "per customer", "per quarter", "per year", "per order",
        "per shift", "per ticket", "per call", "per deploy", "per release", "# a week", "# a day", "# a month",
        "# an hour", "# a year", "# a quarter", "# each week", "# every week", "a/b", "a/b test", "ab test",
        "control group", "holdout", "dashboard", "dashboards", "benchmark", "benchmarks", "benchmarked", "according to",
        "last quarter", "the previous", "over the following", "over the next", "year over year", "week over week",
        "month over month", "same period", "than it was", "than last", "than the old", "than the previous",
        "against the", "grafana", "datadog", "looker", "tableau", "mixpanel", "amplitude", "cloudwatch", "prometheus",
        "honeycomb", "sentry", "splunk", "kibana", "metabase", "new relic", "google analytics", "the logs showed",
        "survey", "nps", "csat", "the report", "the data showed", "out of", "# of #", "# in #", "# of the #", "counted",
        "sampled", "reconciled", "audited", "instead of #", "at the start", "the old", "originally", "started at",
        "starting point", "had been #", "used to take", "against #", "# against", "versus #", "vs #", "the control",
        "in the control",
    ];

    public static readonly PhraseMatcher Baseline = new(BaselinePhrases);
}
