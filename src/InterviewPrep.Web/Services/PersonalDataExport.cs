using InterviewPrep.Web.Data;
using Microsoft.AspNetCore.Identity;

namespace InterviewPrep.Web.Services;

/// <summary>Everything the app holds about one user, for "download my data".</summary>
internal sealed class PersonalDataExport(UserManager<ApplicationUser> userManager, StoryBank stories, PracticeLog practiceLog, TimeProvider clock)
{
    public async Task<Dictionary<string, object?>> CollectAsync(ApplicationUser user, CancellationToken cancellationToken)
    {
        var account = typeof(ApplicationUser).GetProperties()
            .Where(p => Attribute.IsDefined(p, typeof(PersonalDataAttribute)))
            .ToDictionary(p => p.Name, p => p.GetValue(user)?.ToString());
        var all = await stories.AllAsync(user.Id, cancellationToken);
        var revisions = await stories.AllRevisionsAsync(user.Id, cancellationToken);
        var withHistory = all.Select(story => new
        {
            story = ExportedStory.From(story),
            revisions = revisions[story.Id].Select(r => new { r.SavedAt, r.Reason, content = StoryContent.FromJson(r.ContentJson) }),
        }).ToList();

        return new Dictionary<string, object?>
        {
            ["exportedAt"] = clock.GetUtcNow().UtcDateTime,
            ["account"] = account,
            ["roles"] = await userManager.GetRolesAsync(user),
            ["stories"] = withHistory,
            ["practiceSessions"] = (await practiceLog.ListAsync(user.Id, cancellationToken)).Select(s => new
            {
                s.Id,
                s.StartedAt,
                s.CompletedAt,
                Level = s.Level.ToString(),
                s.AnswerSeconds,
                s.FullLoop,
                Answers = s.Answers.Select(a => new
                {
                    a.PrincipleSlug,
                    a.QuestionKey,
                    a.QuestionText,
                    a.AnswerText,
                    a.StoryTitle,
                    a.SecondsTaken,
                    a.Score,
                    a.ScoreWithFollowUps,
                    a.FindingCodes,
                    a.ResolvedCodes,
                    FollowUps = a.FollowUps.Select(f => new { f.Question, f.FindingCode, f.Answer, f.SecondsTaken }),
                }),
            }).ToList(),
        };
    }
}
