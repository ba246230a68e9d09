namespace InterviewPrep.Core.Critique;

/// <summary>What senior and principal answers are expected to show: reach beyond the team, and something that lasts.</summary>
internal static partial class Lexicon
{
    private static readonly string[] ScopePhrases =
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

    private static readonly string[] MechanismPhrases =
    [
        "process", "template", "templates", "checklist", "runbook", "playbook", "linter", "lint rule", "ci check",
        "guideline", "guidelines", "policy", "standard", "standards", "framework", "library", "documented",
        "documentation", "onboarding", "training", "mentor", "mentored", "mentoring", "review", "automated",
        "automation", "alert", "alerts", "dashboard", "still in use", "still used", "still runs", "adopted", "default",
        "defaults", "now every", "every new", "every team", "guild", "forum", "rfc", "design review", "paved road",
        "golden path", "rubric", "curriculum", "charter", "operating model", "cadence", "ritual", "weekly review",
        "quarterly review", "scorecard", "okr", "okrs", "hiring bar", "interview loop",
    ];

    public static readonly PhraseMatcher Scope = new(ScopePhrases);

    public static readonly PhraseMatcher Mechanism = new(MechanismPhrases);
}
