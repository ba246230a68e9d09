using static InterviewPrep.Core.Tests.Critique.SearchAnswer;

namespace InterviewPrep.Core.Tests.Critique;

public sealed class AnswerCriticTests
{
    private readonly AnswerCritic _critic = new();

    [Fact]
    public void AStrongAnswerHasAllFiveParts()
    {
        var critique = CritiqueOf(Strong);

        Assert.Equal(Enum.GetValues<StarPart>(), critique.StarSpans.Keys.Order());
        Assert.Empty(critique.Findings);
        Assert.True(critique.Score >= 90, $"Score {critique.Score}");
        Assert.InRange(critique.FollowUps.Count, 2, 3);
    }

    [Fact]
    public void EachPartSpanCoversTheTextOfThatPart()
    {
        var critique = CritiqueOf(Strong);

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

        Assert.Contains(code, CodesOf(without));
        Assert.DoesNotContain(code, CodesOf(Strong));
    }

    [Fact]
    public void AnAnswerThatNeverSaysWhatTheCandidateDidIsMissingTheAction()
    {
        const string NoAction = SearchSituation + " " + SearchTask + " In the end p95 went from 1.8 seconds to 320 milliseconds and abandoned searches fell from 14% to 9%.";

        Assert.Contains(FindingCodes.MissingAction, CodesOf(NoAction));
        Assert.DoesNotContain(FindingCodes.MissingAction, CodesOf(Strong));
    }

    [Fact]
    public void AnAnswerThatNeverWeighsAnOptionHasNoAlternatives()
    {
        var weak = Strong.Replace(
            "I considered moving search to Elasticsearch, but that would have taken the whole five weeks and a new service to run, so instead I added",
            "I added",
            StringComparison.Ordinal);

        Assert.Contains(FindingCodes.NoAlternatives, CodesOf(weak));
        Assert.DoesNotContain(FindingCodes.NoAlternatives, CodesOf(Strong));
    }

    [Fact]
    public void NoAlternativesWeighsMoreForAPrincipalThanForANewGraduate()
    {
        var weak = Strong.Replace(
            "I considered moving search to Elasticsearch, but that would have taken the whole five weeks and a new service to run, so instead I added",
            "I added",
            StringComparison.Ordinal);

        var entry = CritiqueOf(weak, level: Level.Entry);
        var principal = CritiqueOf(weak, level: Level.Principal);

        Assert.True(Points(principal, FindingCodes.NoAlternatives) > Points(entry, FindingCodes.NoAlternatives));
        Assert.Contains("principal", principal.Findings.Single(f => f.Code == FindingCodes.NoAlternatives).Message, StringComparison.Ordinal);
        Assert.True(principal.Score < entry.Score);
    }

    [Fact]
    public void APrincipalAnswerWithNoScopeBeyondTheTeamLosesPoints()
    {
        var principal = CritiqueOf(Strong, level: Level.Principal);
        var mid = CritiqueOf(Strong, level: Level.Mid);

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
        var answer = Strong.Replace(SearchTask, task, StringComparison.Ordinal);

        Assert.DoesNotContain(FindingCodes.MissingTask, CodesOf(answer));
    }

    [Theory]
    [InlineData("In hindsight I'd have read the query plan on day one, and these days I check it before anything else.")]
    [InlineData("What I'd do differently is ask for the slow-query log first; since then, whenever latency moves, I start there.")]
    [InlineData("That taught me to measure before reaching for new infrastructure, and my rule now is one query plan before any new service.")]
    public void AReflectionThatNamesALessonOrAChangeCounts(string reflection)
    {
        var answer = Strong.Replace(SearchReflection, reflection, StringComparison.Ordinal);

        Assert.DoesNotContain(FindingCodes.NoReflection, CodesOf(answer));
    }

    [Theory]
    [InlineData("I learned a lot, and it was a great learning experience for the whole team.")]
    [InlineData("Looking back, I still think it was the right call, and teamwork makes the dream work.")]
    [InlineData("My manager told me I should have asked the DBA first, but honestly I'd do exactly the same again.")]
    public void AnEmptyOrSecondHandReflectionDoesNotCount(string reflection)
    {
        var answer = Strong.Replace(SearchReflection, reflection, StringComparison.Ordinal);

        Assert.Contains(FindingCodes.NoReflection, CodesOf(answer));
    }

    [Fact]
    public void AnEmptyReflectionFieldIsNoReflection()
    {
        var star = new StarFields(SearchSituation, SearchTask, SearchAction, SearchResult, "I learned a lot from this.");

        var critique = _critic.Critique(AnswerInput.FromStar(star, "dive-deep", Level.Mid));

        Assert.Contains(FindingCodes.NoReflection, critique.Findings.Select(f => f.Code));
    }

    [Theory]
    [InlineData("Instead of waiting for the DBA, I added a composite index on category, color and price and rewrote the sort to use it.")]
    [InlineData("I added a composite index on category, color and price rather than scanning the table, but it took a while to build.")]
    [InlineData("Fairness was considered at every stage, and I added a composite index on category, color and price.")]
    public void InsteadOrButWithoutAReasonIsNotAnAlternative(string choice)
    {
        var answer = Strong.Replace(
            "I considered moving search to Elasticsearch, but that would have taken the whole five weeks and a new service to run, so instead I added a composite index on category, color and price and rewrote the sort to use it.",
            choice,
            StringComparison.Ordinal);

        Assert.Contains(FindingCodes.NoAlternatives, CodesOf(answer));
    }

    [Theory]
    [InlineData("The obvious fix was a bigger database server; I didn't go for it because it would have doubled the bill, so I added a composite index on category, color and price.")]
    [InlineData("Rather than moving search to Elasticsearch, because that meant a new service to run, I added a composite index on category, color and price.")]
    [InlineData("Move search to Elasticsearch, or fix the query we had? A new service would have taken the whole five weeks, so I added a composite index on category, color and price.")]
    public void AnOptionSetAsideForAReasonIsAnAlternative(string choice)
    {
        var answer = Strong.Replace(
            "I considered moving search to Elasticsearch, but that would have taken the whole five weeks and a new service to run, so instead I added a composite index on category, color and price and rewrote the sort to use it.",
            choice,
            StringComparison.Ordinal);

        Assert.DoesNotContain(FindingCodes.NoAlternatives, CodesOf(answer));
    }

    [Fact]
    public void AnAnswerThatOpensWithTheActionAndOnlyASymptomHasNoSituation()
    {
        const string Weak =
            "I opened the logs the customer had sent and saw that the upload was getting a 413 back from the load balancer. "
            + "The file was about 140 megabytes. I told them to split it into smaller parts, and I linked the help article about file limits. "
            + "They tried again the next morning and it went through.";

        Assert.Contains(FindingCodes.MissingSituation, CodesOf(Weak));
    }

    [Fact]
    public void LengthIsJudgedInWords()
    {
        const string Short = "I fixed a slow query in Postgres by adding an index, and p95 went from two seconds to 300 milliseconds.";
        var longAnswer = string.Join(' ', Enumerable.Repeat(Strong, 4));

        Assert.Contains(FindingCodes.TooShort, CodesOf(Short));
        Assert.Contains(FindingCodes.TooLong, CodesOf(longAnswer));
        Assert.DoesNotContain(FindingCodes.TooShort, CodesOf(Strong));
        Assert.DoesNotContain(FindingCodes.TooLong, CodesOf(Strong));
    }

    [Fact]
    public void TheLengthFindingsFollowTheOneSpokenLengthRule()
    {
        var words = Strong.Split(' ');
        string Of(int count) => string.Join(' ', Enumerable.Range(0, count).Select(i => words[i % words.Length]));

        Assert.Contains(FindingCodes.TooShort, CodesOf(Of(AnswerLength.WordsIn(AnswerLength.MinSeconds) - 2)));
        Assert.DoesNotContain(FindingCodes.TooShort, CodesOf(Of(AnswerLength.WordsIn(AnswerLength.MinSeconds))));
        Assert.DoesNotContain(FindingCodes.TooLong, CodesOf(Of(AnswerLength.TargetMaxWords)));
        Assert.Contains(FindingCodes.TooLong, CodesOf(Of(AnswerLength.TargetMaxWords + 2)));
        var message = CritiqueOf(Of(AnswerLength.TargetMaxWords + 2)).Findings.Single(f => f.Code == FindingCodes.TooLong).Message;
        Assert.Contains("3:01 min", message, StringComparison.Ordinal);
    }

    [Fact]
    public void StarFieldsAreJoinedAndEachFieldIsItsPart()
    {
        var star = new StarFields(SearchSituation, SearchTask, SearchAction, SearchResult, SearchReflection);

        var critique = _critic.Critique(AnswerInput.FromStar(star, "dive-deep", Level.Mid));

        Assert.Equal(string.Join("\n\n", SearchSituation, SearchTask, SearchAction, SearchResult, SearchReflection), critique.Text);
        Assert.Equal(SearchAction, Slice(critique, StarPart.Action));
        Assert.Equal(SearchReflection, Slice(critique, StarPart.Reflection));
        Assert.Empty(critique.Findings);
    }

    [Fact]
    public void AnEmptyStarFieldIsAMissingPart()
    {
        var star = new StarFields(SearchSituation, string.Empty, SearchAction, SearchResult, "   ");

        var critique = _critic.Critique(AnswerInput.FromStar(star, "dive-deep", Level.Mid));

        Assert.Contains(FindingCodes.MissingTask, critique.Findings.Select(f => f.Code));
        Assert.Contains(FindingCodes.NoReflection, critique.Findings.Select(f => f.Code));
        Assert.False(critique.StarSpans.ContainsKey(StarPart.Task));
        Assert.Equal(SearchResult, Slice(critique, StarPart.Result));
    }

    [Fact]
    public void FollowUpsUseTheCatalogProbeThatFitsTheFinding()
    {
        var weak = Strong.Replace(SearchResult, "Thanks to this, latency improved by 40%.", StringComparison.Ordinal);
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
        var critique = CritiqueOf("We made some changes and leveraged best practices. It went well.");

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
        var critique = CritiqueOf(string.Empty);

        Assert.InRange(critique.Score, 0, 100);
        Assert.InRange(critique.FollowUps.Count, 2, 3);
    }

    [Fact]
    public void TextAndStarFieldsTogetherAreRejected()
    {
        var input = AnswerInput.FromText(Strong, "dive-deep", Level.Mid) with { Star = new StarFields("a", "b", "c", "d", "e") };

        Assert.Throws<ArgumentException>(() => _critic.Critique(input));
    }

    private static int Points(AnswerCritique critique, string reason) =>
        critique.Deductions.Single(d => d.Reason == reason).Points;

    private static string Slice(AnswerCritique critique, StarPart part)
    {
        var span = critique.StarSpans[part];
        return critique.Text.Substring(span.Start, span.Length);
    }

    private static IEnumerable<(StarPart Part, string Text)> Parts() =>
    [
        (StarPart.Situation, SearchSituation),
        (StarPart.Task, SearchTask),
        (StarPart.Action, SearchAction),
        (StarPart.Result, SearchResult),
        (StarPart.Reflection, SearchReflection),
    ];
}
