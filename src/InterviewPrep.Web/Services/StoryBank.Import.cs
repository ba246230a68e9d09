using InterviewPrep.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace InterviewPrep.Web.Services;

public sealed partial class StoryBank
{
    /// <summary>Adds stories it has not seen and updates the ones it has (matched by their export id); never duplicates.</summary>
    /// <exception cref="StoryRejectedException">A story breaks a limit (the message names it) or the bank would overflow; nothing is imported.</exception>
    public async Task<ImportResult> ImportAsync(string userId, IReadOnlyList<ExportedStory> stories, CancellationToken cancellationToken = default)
    {
        if (stories.Count > StoryLimits.ImportStories)
        {
            throw Rejected($"The file holds {stories.Count:N0} stories; one import can bring at most {StoryLimits.ImportStories:N0}.");
        }

        for (var i = 0; i < stories.Count; i++)
        {
            var story = stories[i].ToContent();
            if (StoryValidator.Validate(story, content.Current) is { Count: > 0 } errors)
            {
                var title = story.Title.Length > 40 ? story.Title[..40] + "..." : story.Title;
                throw Rejected($"Story {i + 1} (\"{title}\") cannot be imported: {string.Join(" ", errors.Values)} Nothing was imported.");
            }
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var uids = stories.Select(s => s.Id).ToList();
        var existing = await Owned(db, userId).Where(s => uids.Contains(s.Uid)).ToDictionaryAsync(s => s.Uid, cancellationToken);
        await EnsureRoomAsync(db, userId, stories.DistinctBy(s => s.Id).Count(s => !existing.ContainsKey(s.Id)), cancellationToken);
        int added = 0, unchanged = 0;
        var updated = new List<int>();
        foreach (var imported in stories.DistinctBy(s => s.Id))
        {
            var incoming = imported.ToContent();
            if (existing.TryGetValue(imported.Id, out var story))
            {
                if (story.GetContent().SameAs(incoming))
                {
                    unchanged++;
                    continue;
                }

                ReplaceContent(db, story, incoming, RevisionReasons.Save);
                updated.Add(story.Id);
            }
            else
            {
                story = new Story
                {
                    Uid = imported.Id,
                    UserId = userId,
                    CreatedAt = imported.CreatedAt == default ? Now() : imported.CreatedAt,
                    UpdatedAt = imported.UpdatedAt == default ? Now() : imported.UpdatedAt,
                    Version = 1,
                };
                story.Apply(incoming);
                db.Stories.Add(story);
                added++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var id in updated)
        {
            await PruneRevisionsAsync(db, id, cancellationToken);
        }

        return new ImportResult(added, updated.Count, unchanged);
    }

    private static StoryRejectedException Rejected(string message) =>
        new(new Dictionary<string, string> { [StoryRejectedException.Story] = message });
}
