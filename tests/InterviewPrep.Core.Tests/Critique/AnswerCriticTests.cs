namespace InterviewPrep.Core.Tests.Critique;

public sealed class AnswerCriticTests
{
    private const string Situation =
        "Last spring I was a backend engineer on the search team at an online furniture store, and our product search had become slow: the p95 latency was 1.8 seconds at peak, and shoppers were abandoning searches.";

    private const string Task =
        "My manager asked me to get p95 under 500 milliseconds before the summer sale, which gave me five weeks.";

    private const string Action =
        "I started by pulling a week of slow-query logs from Postgres and found that most of the time went into one query that filtered by colour and sorted by price without an index. "
        + "I considered moving search to Elasticsearch, but that would have taken the whole five weeks and a new service to run, so instead I added a composite index on category, colour and price and rewrote the sort to use it. "
        + "I tested it against a copy of production with the same week of traffic replayed, and rolled it out behind a feature flag to 10% of users first.";

    private const string Result =
        "The p95 went from 1.8 seconds to 320 milliseconds on the Grafana dashboard, and abandoned searches fell from 14% to 9% over the sale weekend compared with the weekend before.";

    private const string Reflection =
        "I learned to read the query plan before reaching for new infrastructure, and I now check slow-query logs first whenever latency moves.";

    private static readonly string Strong = string.Join(' ', Situation, Task, Action, Result, Reflection);

    private readonly AnswerCritic _critic = new();

    [Fact]
    public void AStrongAnswerHasAllFiveParts()
    {
        var critique = Critique(Strong);

        Assert.Equal(Enum.GetValues<StarPart>(), critique.StarSpans.Keys.Order());
        Assert.Empty(critique.Findings);
        Assert.True(critique.Score >= 90, $"Score {critique.Score}");
        Assert.InRange(critique.FollowUps.Count, 2, 3);
    }

    [Fact]
    public void EachPartSpanCoversTheTextOfThatPart()
    {
        var critique = Critique(Strong);

        Assert.Contains("furniture store", Slice(critique, StarPart.Situation), StringComparison.Ordinal);
        Assert.Contains("composite index", Slice(critique, StarPart.Action), StringComparison.Ordinal);
        Assert.Contains("320 milliseconds", Slice(critique, StarPart.Result), StringComparison.Ordinal);
        Assert.Contains("I learned", Slice(critique, StarPart.Reflection), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(FindingCodes.MissingSituation, StarPart.Situation)]
    [InlineData(FindingCodes.MissingTask, StarPart.Task)]
    [InlineData(FindingCodes.MissingResult, StarPart.Result)]
    [InlineData(FindingCodes.NoReflection, StarPart.Reflection)]
    public void LeavingOutAPartIsReported(string code, StarPart part)
    {
        var without = string.Join(' ', Parts().Where(p => p.Part != part).Select(p => p.Text));

        Assert.Contains(code, Codes(without));
        Assert.DoesNotContain(code, Codes(Strong));
    }

    [Fact]
    public void AnAnswerThatNeverSaysWhatTheCandidateDidIsMissingTheAction()
    {
        const string NoAction = Situation + " " + Task + " In the end p95 went from 1.8 seconds to 320 milliseconds and abandoned searches fell from 14% to 9%.";

        Assert.Contains(FindingCodes.MissingAction, Codes(NoAction));
        Assert.DoesNotContain(FindingCodes.MissingAction, Codes(Strong));
    }

    [Fact]
    public void AResultWithNoQuantityHasNoMetric()
    {
        var weak = Strong.Replace(Result, "The search got a lot faster and the sale weekend went smoothly, which the business was pleased about.", StringComparison.Ordinal);

        Assert.Contains(FindingCodes.NoMetric, Codes(weak));
        Assert.DoesNotContain(FindingCodes.NoMetric, Codes(Strong));
    }

    [Theory]
    [InlineData("In the end I cut it in half, and shoppers noticed.")]
    [InlineData("Search went from nine seconds to under two, and shoppers noticed.")]
    [InlineData("The page got twice as fast and the sale weekend went smoothly.")]
    [InlineData("Timeouts dropped to zero for the rest of the quarter.")]
    public void NumbersWrittenAsWordsCountAsMetrics(string result)
    {
        var answer = string.Join(' ', Situation, Task, Action, result, Reflection);

        Assert.DoesNotContain(FindingCodes.NoMetric, Codes(answer));
    }

    [Fact]
    public void FromNineSecondsToUnderTwoIsItsOwnBaseline()
    {
        var answer = string.Join(' ', Situation, Task, Action, "Search went from nine seconds to under two, and shoppers noticed.", Reflection);

        Assert.DoesNotContain(FindingCodes.NoBaseline, Codes(answer));
    }

    [Fact]
    public void APercentageWithNothingToCompareItWithHasNoBaseline()
    {
        var weak = Strong.Replace(Result, "Thanks to this, latency improved by 40% and conversions went up by a third.", StringComparison.Ordinal);

        var critique = Critique(weak);

        var finding = Assert.Single(critique.Findings, f => f.Code == FindingCodes.NoBaseline);
        Assert.Contains(finding.Spans, s => critique.Text.Substring(s.Start, s.Length) == "40%");
        Assert.DoesNotContain(FindingCodes.NoBaseline, Codes(Strong));
    }

    [Fact]
    public void HalvingWithoutSayingFromWhatHasNoBaseline()
    {
        var answer = string.Join(' ', Situation.Replace(": the p95 latency was 1.8 seconds at peak", string.Empty, StringComparison.Ordinal), Task, Action, "In the end I cut it in half.", Reflection);

        Assert.Contains(FindingCodes.NoBaseline, Codes(answer));
    }

    [Fact]
    public void ActionsToldAsWeHideTheCandidate()
    {
        var weak = Strong.Replace(Action,
            "We started by pulling a week of slow-query logs from Postgres and found that most of the time went into one query. "
            + "We considered Elasticsearch, but instead we added a composite index on category, colour and price and we rewrote the sort to use it. "
            + "We tested it against a copy of production and the team rolled it out behind a feature flag.",
            StringComparison.Ordinal);

        var critique = Critique(weak);

        var finding = Assert.Single(critique.Findings, f => f.Code == FindingCodes.WeNotI);
        Assert.Contains(finding.Spans, s => critique.Text.Substring(s.Start, s.Length) == "We started");
        Assert.DoesNotContain(FindingCodes.WeNotI, Codes(Strong));
    }

    [Fact]
    public void MyTeamAndICountsAsTheCandidate()
    {
        var answer = Strong.Replace("I started by pulling", "My teammate and I started by pulling", StringComparison.Ordinal);

        Assert.DoesNotContain(FindingCodes.WeNotI, Codes(answer));
    }

    [Fact]
    public void StockPhrasesAreVague()
    {
        var weak = Strong.Replace(Action,
            "I leveraged best practices and optimized the system, and I implemented proper caching across the board.",
            StringComparison.Ordinal);

        var critique = Critique(weak);

        var finding = Assert.Single(critique.Findings, f => f.Code == FindingCodes.VagueLanguage);
        Assert.Contains(finding.Spans, s => critique.Text.Substring(s.Start, s.Length) == "best practices");
        Assert.DoesNotContain(FindingCodes.VagueLanguage, Codes(Strong));
    }

    [Fact]
    public void AStockPhraseFollowedByTheDetailIsNotVague()
    {
        var answer = Strong.Replace("I added a composite index", "I optimized the query with a composite index", StringComparison.Ordinal);

        Assert.DoesNotContain(FindingCodes.VagueLanguage, Codes(answer));
    }

    [Fact]
    public void AnAnswerWithNothingConcreteHasNoSpecifics()
    {
        const string Weak =
            "There was a problem with how slow things were for our users, and it was hurting the business. I was asked to sort it out. "
            + "I looked at what was going on, worked out where the time was going, and changed how it worked so it did less. "
            + "I checked that everything still behaved and then released it. It was a lot quicker afterwards and people were happy. "
            + "I learned that it is worth looking before you guess.";

        Assert.Contains(FindingCodes.NoSpecifics, Codes(Weak));
        Assert.DoesNotContain(FindingCodes.NoSpecifics, Codes(Strong));
    }

    [Fact]
    public void AnAnswerThatNeverWeighsAnOptionHasNoAlternatives()
    {
        var weak = Strong.Replace(
            "I considered moving search to Elasticsearch, but that would have taken the whole five weeks and a new service to run, so instead I added",
            "I added",
            StringComparison.Ordinal);

        Assert.Contains(FindingCodes.NoAlternatives, Codes(weak));
        Assert.DoesNotContain(FindingCodes.NoAlternatives, Codes(Strong));
    }

    [Fact]
    public void NoAlternativesWeighsMoreForAPrincipalThanForANewGraduate()
    {
        var weak = Strong.Replace(
            "I considered moving search to Elasticsearch, but that would have taken the whole five weeks and a new service to run, so instead I added",
            "I added",
            StringComparison.Ordinal);

        var entry = Critique(weak, level: Level.Entry);
        var principal = Critique(weak, level: Level.Principal);

        Assert.True(Points(principal, FindingCodes.NoAlternatives) > Points(entry, FindingCodes.NoAlternatives));
        Assert.Contains("principal", principal.Findings.Single(f => f.Code == FindingCodes.NoAlternatives).Message, StringComparison.Ordinal);
        Assert.True(principal.Score < entry.Score);
    }

    [Fact]
    public void APrincipalAnswerWithNoScopeBeyondTheTeamLosesPoints()
    {
        var principal = Critique(Strong, level: Level.Principal);
        var mid = Critique(Strong, level: Level.Mid);

        Assert.Contains(principal.Deductions, d => d.Reason == ScoreReasons.CrossTeamScope);
        Assert.DoesNotContain(mid.Deductions, d => d.Reason == ScoreReasons.CrossTeamScope);
        Assert.True(principal.Score < mid.Score);
    }

    [Theory]
    [InlineData("I was the one on call that week, so it landed on me.")]
    [InlineData("The call was mine: keep patching the old query or move search off Postgres?")]
    [InlineData("It was my service, and the ask from my director was simple: get it fast before the summer sale.")]
    [InlineData("We had to decide whether to rebuild search or fix what we had, and the decision was mine.")]
    public void AnImpliedTaskCounts(string task)
    {
        var answer = Strong.Replace(Task, task, StringComparison.Ordinal);

        Assert.DoesNotContain(FindingCodes.MissingTask, Codes(answer));
    }

    [Theory]
    [InlineData("In hindsight I'd have read the query plan on day one, and these days I check it before anything else.")]
    [InlineData("What I'd do differently is ask for the slow-query log first; since then, whenever latency moves, I start there.")]
    [InlineData("That taught me to measure before reaching for new infrastructure, and my rule now is one query plan before any new service.")]
    public void AReflectionThatNamesALessonOrAChangeCounts(string reflection)
    {
        var answer = Strong.Replace(Reflection, reflection, StringComparison.Ordinal);

        Assert.DoesNotContain(FindingCodes.NoReflection, Codes(answer));
    }

    [Theory]
    [InlineData("I learned a lot, and it was a great learning experience for the whole team.")]
    [InlineData("Looking back, I still think it was the right call, and teamwork makes the dream work.")]
    [InlineData("My manager told me I should have asked the DBA first, but honestly I'd do exactly the same again.")]
    public void AnEmptyOrSecondHandReflectionDoesNotCount(string reflection)
    {
        var answer = Strong.Replace(Reflection, reflection, StringComparison.Ordinal);

        Assert.Contains(FindingCodes.NoReflection, Codes(answer));
    }

    [Fact]
    public void AnEmptyReflectionFieldIsNoReflection()
    {
        var star = new StarFields(Situation, Task, Action, Result, "I learned a lot from this.");

        var critique = _critic.Critique(AnswerInput.FromStar(star, "dive-deep", Level.Mid));

        Assert.Contains(FindingCodes.NoReflection, critique.Findings.Select(f => f.Code));
    }

    [Theory]
    [InlineData("It took me two weeks with a team of four engineers, and we shipped version 2.1 on March 3rd after three design reviews.")]
    [InlineData("I cut the search form down to three steps, and we released it in sprint 14 after about a month of work.")]
    public void NumbersThatDescribeTheWorkAreNotMetrics(string result)
    {
        var answer = Strong.Replace(Result, result + " The sale weekend went smoothly.", StringComparison.Ordinal);

        Assert.Contains(FindingCodes.NoMetric, Codes(answer));
    }

    [Theory]
    [InlineData("Complaints about search dropped to two a week, from about twenty.")]
    [InlineData("The first audit found 212 slow queries; by the sale we had got it down to 9.")]
    [InlineData("Support tickets about search fell by 40 in the first month.")]
    public void NumbersThatMeasureTheOutcomeAreMetrics(string result)
    {
        var answer = Strong.Replace(Result, result, StringComparison.Ordinal);

        Assert.DoesNotContain(FindingCodes.NoMetric, Codes(answer));
    }

    [Fact]
    public void AnAnswerWithNoResultAlsoHasNoMetric()
    {
        var answer = string.Join(' ', Situation, Task, Action);

        var codes = Codes(answer);

        Assert.Contains(FindingCodes.MissingResult, codes);
        Assert.Contains(FindingCodes.NoMetric, codes);
    }

    [Theory]
    [InlineData("Instead of waiting for the DBA, I added a composite index on category, colour and price and rewrote the sort to use it.")]
    [InlineData("I added a composite index on category, colour and price rather than scanning the table, but it took a while to build.")]
    [InlineData("Fairness was considered at every stage, and I added a composite index on category, colour and price.")]
    public void InsteadOrButWithoutAReasonIsNotAnAlternative(string choice)
    {
        var answer = Strong.Replace(
            "I considered moving search to Elasticsearch, but that would have taken the whole five weeks and a new service to run, so instead I added a composite index on category, colour and price and rewrote the sort to use it.",
            choice,
            StringComparison.Ordinal);

        Assert.Contains(FindingCodes.NoAlternatives, Codes(answer));
    }

    [Theory]
    [InlineData("The obvious fix was a bigger database server; I didn't go for it because it would have doubled the bill, so I added a composite index on category, colour and price.")]
    [InlineData("Rather than moving search to Elasticsearch, because that meant a new service to run, I added a composite index on category, colour and price.")]
    [InlineData("Move search to Elasticsearch, or fix the query we had? A new service would have taken the whole five weeks, so I added a composite index on category, colour and price.")]
    public void AnOptionSetAsideForAReasonIsAnAlternative(string choice)
    {
        var answer = Strong.Replace(
            "I considered moving search to Elasticsearch, but that would have taken the whole five weeks and a new service to run, so instead I added a composite index on category, colour and price and rewrote the sort to use it.",
            choice,
            StringComparison.Ordinal);

        Assert.DoesNotContain(FindingCodes.NoAlternatives, Codes(answer));
    }

    [Fact]
    public void AnAnswerThatOpensWithTheActionAndOnlyASymptomHasNoSituation()
    {
        const string Weak =
            "I opened the logs the customer had sent and saw that the upload was getting a 413 back from the load balancer. "
            + "The file was about 140 megabytes. I told them to split it into smaller parts, and I linked the help article about file limits. "
            + "They tried again the next morning and it went through.";

        Assert.Contains(FindingCodes.MissingSituation, Codes(Weak));
    }

    [Fact]
    public void FieldAndJobTitleAcronymsAreNotSpecifics()
    {
        const string Weak =
            "As the principal in the ML org, I made responsible AI a priority for the VP and the PM group. "
            + "I set the right expectations with leadership and made sure there was governance in place at every stage. "
            + "People across the company now see it as part of the job.";

        Assert.Contains(FindingCodes.NoSpecifics, Codes(Weak));
    }

    [Fact]
    public void LengthIsJudgedInWords()
    {
        const string Short = "I fixed a slow query in Postgres by adding an index, and p95 went from two seconds to 300 milliseconds.";
        var longAnswer = string.Join(' ', Enumerable.Repeat(Strong, 4));

        Assert.Contains(FindingCodes.TooShort, Codes(Short));
        Assert.Contains(FindingCodes.TooLong, Codes(longAnswer));
        Assert.DoesNotContain(FindingCodes.TooShort, Codes(Strong));
        Assert.DoesNotContain(FindingCodes.TooLong, Codes(Strong));
    }

    [Fact]
    public void TheLengthFindingsFollowTheOneSpokenLengthRule()
    {
        var words = Strong.Split(' ');
        string Of(int count) => string.Join(' ', Enumerable.Range(0, count).Select(i => words[i % words.Length]));

        Assert.Contains(FindingCodes.TooShort, Codes(Of(AnswerLength.WordsIn(AnswerLength.MinSeconds) - 2)));
        Assert.DoesNotContain(FindingCodes.TooShort, Codes(Of(AnswerLength.WordsIn(AnswerLength.MinSeconds))));
        Assert.DoesNotContain(FindingCodes.TooLong, Codes(Of(AnswerLength.TargetMaxWords)));
        Assert.Contains(FindingCodes.TooLong, Codes(Of(AnswerLength.TargetMaxWords + 2)));
        var message = Critique(Of(AnswerLength.TargetMaxWords + 2)).Findings.Single(f => f.Code == FindingCodes.TooLong).Message;
        Assert.Contains("3:01 min", message, StringComparison.Ordinal);
    }

    [Fact]
    public void StarFieldsAreJoinedAndEachFieldIsItsPart()
    {
        var star = new StarFields(Situation, Task, Action, Result, Reflection);

        var critique = _critic.Critique(AnswerInput.FromStar(star, "dive-deep", Level.Mid));

        Assert.Equal(string.Join("\n\n", Situation, Task, Action, Result, Reflection), critique.Text);
        Assert.Equal(Action, Slice(critique, StarPart.Action));
        Assert.Equal(Reflection, Slice(critique, StarPart.Reflection));
        Assert.Empty(critique.Findings);
    }

    [Fact]
    public void AnEmptyStarFieldIsAMissingPart()
    {
        var star = new StarFields(Situation, string.Empty, Action, Result, "   ");

        var critique = _critic.Critique(AnswerInput.FromStar(star, "dive-deep", Level.Mid));

        Assert.Contains(FindingCodes.MissingTask, critique.Findings.Select(f => f.Code));
        Assert.Contains(FindingCodes.NoReflection, critique.Findings.Select(f => f.Code));
        Assert.False(critique.StarSpans.ContainsKey(StarPart.Task));
        Assert.Equal(Result, Slice(critique, StarPart.Result));
    }

    [Fact]
    public void FollowUpsUseTheCatalogProbeThatFitsTheFinding()
    {
        var weak = Strong.Replace(Result, "Thanks to this, latency improved by 40%.", StringComparison.Ordinal);
        Probe[] probes =
        [
            new("Which hypotheses did you rule out, and how?", "Whether the candidate reasons by elimination."),
            new("What were the figures before and after your fix, and where did they come from?", "Whether the result rests on a stated baseline and a named data source."),
        ];

        var critique = _critic.Critique(AnswerInput.FromText(weak, "dive-deep", Level.Mid, probes));

        Assert.Contains(critique.FollowUps, f => f is { FindingCode: FindingCodes.NoBaseline, FromCatalog: true } && f.Question == probes[1].Text);
        Assert.InRange(critique.FollowUps.Count, 2, 3);
    }

    [Fact]
    public void FollowUpsFallBackToTheCriticsOwnQuestionsWithoutProbes()
    {
        var critique = Critique("We made some changes and leveraged best practices. It went well.");

        Assert.InRange(critique.FollowUps.Count, 2, 3);
        Assert.All(critique.FollowUps, f => Assert.False(f.FromCatalog));
    }

    [Fact]
    public void EverySpanLiesInsideTheText()
    {
        foreach (var answer in LabeledAnswer.LoadAll().Concat(LabeledAnswer.LoadAll(LabeledAnswer.HeldOutSet)))
        {
            var critique = _critic.Critique(answer.ToInput());
            var spans = critique.Findings.SelectMany(f => f.Spans).Concat(critique.StarSpans.Values);
            Assert.All(spans, s => Assert.InRange(s.End, s.Start, critique.Text.Length));
        }
    }

    [Fact]
    public void EmptyTextIsTooShortToJudgeButDoesNotFail()
    {
        var critique = Critique(string.Empty);

        Assert.InRange(critique.Score, 0, 100);
        Assert.InRange(critique.FollowUps.Count, 2, 3);
    }

    [Fact]
    public void TextAndStarFieldsTogetherAreRejected()
    {
        var input = AnswerInput.FromText(Strong, "dive-deep", Level.Mid) with { Star = new StarFields("a", "b", "c", "d", "e") };

        Assert.Throws<ArgumentException>(() => _critic.Critique(input));
    }

    private AnswerCritique Critique(string text, string principle = "dive-deep", Level level = Level.Mid) =>
        _critic.Critique(AnswerInput.FromText(text, principle, level));

    private List<string> Codes(string text, string principle = "dive-deep") =>
        Critique(text, principle).Findings.Select(f => f.Code).ToList();

    private static int Points(AnswerCritique critique, string reason) =>
        critique.Deductions.Single(d => d.Reason == reason).Points;

    private static string Slice(AnswerCritique critique, StarPart part)
    {
        var span = critique.StarSpans[part];
        return critique.Text.Substring(span.Start, span.Length);
    }

    private static IEnumerable<(StarPart Part, string Text)> Parts() =>
    [
        (StarPart.Situation, Situation),
        (StarPart.Task, Task),
        (StarPart.Action, Action),
        (StarPart.Result, Result),
        (StarPart.Reflection, Reflection),
    ];
}
