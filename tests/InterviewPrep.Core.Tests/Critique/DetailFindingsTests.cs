using static InterviewPrep.Core.Tests.Critique.SearchAnswer;

namespace InterviewPrep.Core.Tests.Critique;

/// <summary>Whether the answer shows the candidate and the concrete detail, or hides them behind "we" and stock phrases.</summary>
public sealed class DetailFindingsTests
{
    private const string ToldAsWe =
        "We started by pulling a week of slow-query logs from Postgres and found that most of the time went into one query. "
        + "We considered Elasticsearch, but instead we added a composite index on category, color and price and we rewrote the sort to use it. "
        + "We tested it against a copy of production and the team rolled it out behind a feature flag.";

    private const string StockPhrases =
        "I leveraged best practices and optimized the system, and I implemented proper caching across the board.";

    [Theory]
    [InlineData(ToldAsWe, FindingCodes.WeNotI, "We started")]
    [InlineData(StockPhrases, FindingCodes.VagueLanguage, "best practices")]
    public void AnActionToldAsWeOrInStockPhrasesHidesTheCandidate(string action, string code, string marked) =>
        AssertFlagged(Strong.Replace(SearchAction, action, StringComparison.Ordinal), code, marked);

    [Theory]
    [InlineData("I started by pulling", "My teammate and I started by pulling", FindingCodes.WeNotI)]
    [InlineData("I added a composite index", "I optimized the query with a composite index", FindingCodes.VagueLanguage)]
    public void MyTeammateAndIOrAStockPhraseFollowedByTheDetailIsNotFlagged(string phrase, string replacement, string code) =>
        Assert.DoesNotContain(code, CodesOf(Strong.Replace(phrase, replacement, StringComparison.Ordinal)));

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
