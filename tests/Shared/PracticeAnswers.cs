namespace InterviewPrep.Tests;

/// <summary>Answers written for these tests, each with a weakness planted on purpose.</summary>
internal static class PracticeAnswers
{
    /// <summary>A dive-deep answer whose result claims a percentage with nothing to compare it with.</summary>
    public const string NoBaseline =
        "Last spring I was the engineer on call for the search service at a travel booking site, and customers had started "
        + "to complain that results for multi-city trips loaded slowly in the evenings. My task was to find out why before the "
        + "summer sale, because slow search during the sale would cost us bookings. I pulled the slow query log for the evening "
        + "window and noticed that every slow request joined the fares table against an unindexed column holding the route "
        + "key. I reproduced the plan on a copy of the production data, added a composite index on route key and departure "
        + "date, and rolled it out behind a flag to one region first. I also wrote a short runbook so the next person on call "
        + "would know how to read the query plans. As a result, search latency improved by 40% and the complaints stopped. "
        + "I learned to look at the query plan before touching the application code, and I now check it first whenever a "
        + "page slows down.";

    /// <summary>The follow-up answer that gives the baseline the first answer lacked.</summary>
    public const string BaselineFollowUp =
        "Before the change, p95 latency for multi-city searches was 2.5 seconds in the evening peak, and afterwards it was "
        + "1.5 seconds. I measured both in our Grafana dashboard over the week before and the week after the rollout.";
}
