using InterviewPrep.Web.Features.Practice;
using Microsoft.AspNetCore.Identity;

namespace InterviewPrep.Web.Tests.Services;

public sealed class PracticeLogTests(TestAppFactory factory) : IClassFixture<TestAppFactory>
{
    [Fact]
    public async Task AnotherUsersSessionIsNotFoundAndNotListed()
    {
        var owner = await CreateUserAsync();
        var other = await CreateUserAsync();
        var log = factory.Services.GetRequiredService<PracticeLog>();

        var id = await log.SaveAsync(owner.Id, Session(owner.Id));

        Assert.NotNull(await log.FindAsync(owner.Id, id));
        Assert.Null(await log.FindAsync(other.Id, id));
        Assert.Empty(await log.ListAsync(other.Id));
        var mine = Assert.Single(await log.ListAsync(owner.Id));
        var answer = Assert.Single(mine.Answers);
        Assert.Equal(["no-baseline", "no-alternatives"], answer.FindingCodes);
        Assert.Equal("What was it before?", Assert.Single(answer.FollowUps).Question);
    }

    [Fact]
    public async Task DeletingTheAccountDeletesItsSessions()
    {
        var user = await CreateUserAsync();
        var log = factory.Services.GetRequiredService<PracticeLog>();
        await log.SaveAsync(user.Id, Session(user.Id));

        using (var scope = factory.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            await users.DeleteAsync((await users.FindByIdAsync(user.Id))!);
        }

        using var db = factory.OpenDatabase();
        using var command = db.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM PracticeSessions WHERE UserId = $id";
        command.Parameters.AddWithValue("$id", user.Id);
        Assert.Equal(0L, (long)command.ExecuteScalar()!);
    }

    [Fact]
    public void ProgressCountsRecurringCodesAndWhatTheFollowUpsFixed()
    {
        var first = Session("u");
        var second = Session("u");
        second.CompletedAt = first.CompletedAt.AddDays(1);
        second.Answers[0].Score = 85;
        second.Answers[0].ResolvedCodes = [];
        var catalog = factory.Services.GetRequiredService<ContentStore>().Current;

        var progress = PracticeProgress.From([first, second], catalog);

        var series = Assert.Single(progress.Series);
        Assert.Equal("Dive Deep", series.Title);
        Assert.Equal([70, 85], series.Points.Select(p => p.Score));
        Assert.Equal(15, series.Change);
        var baseline = progress.Recurring.Single(r => r.Code == "no-baseline");
        Assert.Equal((2, 1), (baseline.Answers, baseline.Resolved));
    }

    [Fact]
    public async Task ASessionOverTheLimitsIsRefusedWithTheReasonAndNotStored()
    {
        var user = await CreateUserAsync();
        var log = factory.Services.GetRequiredService<PracticeLog>();
        var pasted = Session(user.Id);
        pasted.Answers[0].AnswerText = new string('a', PracticeLimits.AnswerText + 1);
        var empty = Session(user.Id);
        empty.Answers.Clear();

        var tooLong = await Assert.ThrowsAsync<PracticeRejectedException>(() => log.SaveAsync(user.Id, pasted));
        await Assert.ThrowsAsync<PracticeRejectedException>(() => log.SaveAsync(user.Id, empty));

        Assert.Equal("An answer can be at most 20,000 characters.", tooLong.Message);
        Assert.Empty(await log.ListAsync(user.Id));
    }

    private async Task<ApplicationUser> CreateUserAsync()
    {
        _ = factory.CreateClient();
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser { UserName = $"{Guid.NewGuid():N}@example.test", Email = $"{Guid.NewGuid():N}@example.test" };
        var result = await users.CreateAsync(user, "a long practice passphrase");
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        return user;
    }

    private static PracticeSession Session(string userId) => new()
    {
        UserId = userId,
        StartedAt = new DateTime(2026, 11, 1, 9, 0, 0, DateTimeKind.Utc),
        CompletedAt = new DateTime(2026, 11, 1, 9, 10, 0, DateTimeKind.Utc),
        Level = Level.Senior,
        AnswerSeconds = 120,
        Answers =
        [
            new PracticeAnswer
            {
                PrincipleSlug = "dive-deep",
                QuestionKey = "dive-deep/q1",
                QuestionText = "Tell me about a number you did not trust.",
                AnswerText = "Search latency improved by 40%.",
                Score = 70,
                ScoreWithFollowUps = 78,
                FindingCodes = ["no-baseline", "no-alternatives"],
                ResolvedCodes = ["no-baseline"],
                FollowUps = [new PracticeFollowUp { Question = "What was it before?", FindingCode = "no-baseline", Answer = "2.5 s at p95." }],
            },
        ],
    };
}
