using static InterviewPrep.Core.Tests.Critique.SearchAnswer;

namespace InterviewPrep.Core.Tests.Critique;

/// <summary>Whether the answer shows the candidate and the concrete detail, or hides them behind "we" and stock phrases.</summary>
public sealed class DetailFindingsTests
{
    [Fact]
    public void ActionsToldAsWeHideTheCandidate()
    {
        var weak = Strong.Replace(SearchAction,
            "We started by pulling a week of slow-query logs from Postgres and found that most of the time went into one query. "
            + "We considered Elasticsearch, but instead we added a composite index on category, color and price and we rewrote the sort to use it. "
            + "We tested it against a copy of production and the team rolled it out behind a feature flag.",
            StringComparison.Ordinal);

        AssertFlagged(weak, FindingCodes.WeNotI, "We started");
    }

    [Fact]
    public void MyTeamAndICountsAsTheCandidate()
    {
        var answer = Strong.Replace("I started by pulling", "My teammate and I started by pulling", StringComparison.Ordinal);

        Assert.DoesNotContain(FindingCodes.WeNotI, CodesOf(answer));
    }

    [Fact]
    public void StockPhrasesAreVague()
    {
        var weak = Strong.Replace(SearchAction,
            "I leveraged best practices and optimized the system, and I implemented proper caching across the board.",
            StringComparison.Ordinal);

        AssertFlagged(weak, FindingCodes.VagueLanguage, "best practices");
    }

    [Fact]
    public void AStockPhraseFollowedByTheDetailIsNotVague()
    {
        var answer = Strong.Replace("I added a composite index", "I optimized the query with a composite index", StringComparison.Ordinal);

        Assert.DoesNotContain(FindingCodes.VagueLanguage, CodesOf(answer));
    }

    [Fact]
    public void AnAnswerWithNothingConcreteHasNoSpecifics()
    {
        const string Weak =
            "There was a problem with how slow things were for our users, and it was hurting the business. I was asked to sort it out. "
            + "I looked at what was going on, worked out where the time was going, and changed how it worked so it did less. "
            + "I checked that everything still behaved and then released it. It was a lot quicker afterwards and people were happy. "
            + "I learned that it is worth looking before you guess.";

        Assert.Contains(FindingCodes.NoSpecifics, CodesOf(Weak));
        Assert.DoesNotContain(FindingCodes.NoSpecifics, CodesOf(Strong));
    }

    [Fact]
    public void FieldAndJobTitleAcronymsAreNotSpecifics()
    {
        const string Weak =
            "As the principal in the ML org, I made responsible AI a priority for the VP and the PM group. "
            + "I set the right expectations with leadership and made sure there was governance in place at every stage. "
            + "People across the company now see it as part of the job.";

        Assert.Contains(FindingCodes.NoSpecifics, CodesOf(Weak));
    }
}
