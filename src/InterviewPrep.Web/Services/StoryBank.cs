using InterviewPrep.Core.Content;
using InterviewPrep.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace InterviewPrep.Web.Services;

/// <summary>
/// Every read and write of stories, revisions and drafts. Each method takes the signed-in user's id and every
/// query starts from <see cref="Owned"/>: another user's story is simply not found. Every write goes through
/// <see cref="StoryValidator"/> here, whichever page, endpoint or import it comes from, and throws
/// <see cref="StoryRejectedException"/> when the content breaks a limit or a quota.
/// </summary>
public sealed partial class StoryBank(IDbContextFactory<AppDbContext> dbFactory, ContentStore content, TimeProvider clock)
{
    public async Task<IReadOnlyList<Story>> ListAsync(string userId, StoryFilter filter, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var stories = Owned(db, userId);
        if (StorySearchQuery.From(filter.Words) is { } match)
        {
            var matching = db.Database.SqlQuery<int>($"SELECT rowid AS Value FROM StoriesFts WHERE StoriesFts MATCH {match}");
            stories = stories.Where(s => matching.Contains(s.Id));
        }

        if (!string.IsNullOrEmpty(filter.Principle))
        {
            stories = stories.Where(s => s.Principles.Contains(filter.Principle));
        }

        if (!string.IsNullOrEmpty(filter.Tag))
        {
            stories = stories.Where(s => s.Tags.Contains(filter.Tag));
        }

        return await stories.OrderByDescending(s => s.UpdatedAt).AsNoTracking().ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<string>> TagsAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var tags = await Owned(db, userId).Select(s => s.Tags).ToListAsync(cancellationToken);
        return tags.SelectMany(t => t).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList();
    }

    public async Task<Story?> FindAsync(string userId, int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await Owned(db, userId).AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
    }

    public async Task<Story> CreateAsync(string userId, StoryContent content, CancellationToken cancellationToken = default)
    {
        EnsureValid(content);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await EnsureRoomAsync(db, userId, 1, cancellationToken);
        var now = Now();
        var story = new Story { UserId = userId, CreatedAt = now, UpdatedAt = now, Version = 1 };
        story.Apply(content);
        db.Stories.Add(story);
        await OwnedDrafts(db, userId).Where(d => d.StoryId == null).ExecuteDeleteAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return story;
    }

    /// <summary>
    /// Saves a new version if nobody saved the story since <paramref name="expectedVersion"/>; the version it
    /// replaces is kept as a revision. On a conflict nothing is written and the current version is returned.
    /// </summary>
    public async Task<SaveOutcome> SaveAsync(
        string userId, int id, StoryContent content, int expectedVersion, string reason = RevisionReasons.Save, CancellationToken cancellationToken = default)
    {
        EnsureValid(content);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var story = await Owned(db, userId).FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (story is null)
        {
            return SaveOutcome.NotFound;
        }

        if (story.Version != expectedVersion)
        {
            return new SaveOutcome(SaveStatus.Conflict, story);
        }

        if (story.GetContent().SameAs(content))
        {
            await DeleteDraftAsync(db, userId, id, cancellationToken);
            return new SaveOutcome(SaveStatus.Saved, story);
        }

        ReplaceContent(db, story, content, reason);
        await DeleteDraftAsync(db, userId, id, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another save won the race between our read and our write.
            var current = await FindAsync(userId, id, cancellationToken);
            return current is null ? SaveOutcome.NotFound : new SaveOutcome(SaveStatus.Conflict, current);
        }

        await PruneRevisionsAsync(db, id, cancellationToken);
        return new SaveOutcome(SaveStatus.Saved, story);
    }

    /// <summary>Keeps the losing side of an edit conflict in the story's history, so neither version is lost.</summary>
    public async Task<bool> KeepAsRevisionAsync(string userId, int id, StoryContent content, CancellationToken cancellationToken = default)
    {
        EnsureValid(content);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await Owned(db, userId).AnyAsync(s => s.Id == id, cancellationToken))
        {
            return false;
        }

        db.StoryRevisions.Add(new StoryRevision { StoryId = id, SavedAt = Now(), Reason = RevisionReasons.Conflict, ContentJson = content.ToJson() });
        await db.SaveChangesAsync(cancellationToken);
        await PruneRevisionsAsync(db, id, cancellationToken);
        return true;
    }

    public async Task<bool> DeleteAsync(string userId, int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await Owned(db, userId).Where(s => s.Id == id).ExecuteDeleteAsync(cancellationToken) > 0;
    }

    public async Task<IReadOnlyList<StoryRevision>> RevisionsAsync(string userId, int storyId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await OwnedRevisions(db, userId)
            .Where(r => r.StoryId == storyId)
            .OrderByDescending(r => r.Id)
            .AsNoTracking()
            .ToListAsync(cancellationToken);
    }

    public async Task<StoryRevision?> FindRevisionAsync(string userId, int storyId, int revisionId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await OwnedRevisions(db, userId)
            .Where(r => r.Id == revisionId && r.StoryId == storyId)
            .AsNoTracking()
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>Makes an earlier version current again; the version it replaces goes into the history too.</summary>
    public async Task<SaveOutcome> RestoreAsync(string userId, int storyId, int revisionId, CancellationToken cancellationToken = default)
    {
        var revision = await FindRevisionAsync(userId, storyId, revisionId, cancellationToken);
        var story = revision is null ? null : await FindAsync(userId, storyId, cancellationToken);
        if (revision is null || story is null)
        {
            return SaveOutcome.NotFound;
        }

        return await SaveAsync(userId, storyId, StoryContent.FromJson(revision.ContentJson), story.Version, RevisionReasons.Restore, cancellationToken);
    }

    public async Task<StoryDraft?> FindDraftAsync(string userId, int? storyId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await OwnedDrafts(db, userId).AsNoTracking().FirstOrDefaultAsync(d => d.StoryId == storyId, cancellationToken);
    }

    /// <summary>Autosaves what the user is typing. False when the story is not theirs (or no longer exists).</summary>
    public async Task<bool> SaveDraftAsync(string userId, int? storyId, StoryContent content, int baseVersion, CancellationToken cancellationToken = default)
    {
        EnsureValid(content, isDraft: true);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (storyId is int id && !await Owned(db, userId).AnyAsync(s => s.Id == id, cancellationToken))
        {
            return false;
        }

        var draft = await OwnedDrafts(db, userId).FirstOrDefaultAsync(d => d.StoryId == storyId, cancellationToken);
        if (draft is null)
        {
            draft = new StoryDraft { UserId = userId, StoryId = storyId, ContentJson = string.Empty };
            db.StoryDrafts.Add(draft);
        }

        draft.ContentJson = content.ToJson();
        draft.BaseVersion = baseVersion;
        draft.SavedAt = Now();
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task DiscardDraftAsync(string userId, int? storyId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await DeleteDraftAsync(db, userId, storyId, cancellationToken);
    }

    public async Task<IReadOnlyList<Story>> AllAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await Owned(db, userId).OrderBy(s => s.CreatedAt).ThenBy(s => s.Id).AsNoTracking().ToListAsync(cancellationToken);
    }

    /// <summary>Every revision of every story of the user, in two queries however many stories there are.</summary>
    public async Task<ILookup<int, StoryRevision>> AllRevisionsAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var revisions = await OwnedRevisions(db, userId).OrderByDescending(r => r.Id).AsNoTracking().ToListAsync(cancellationToken);
        return revisions.ToLookup(r => r.StoryId);
    }

    /// <summary>The one place a story query is scoped to its owner; revisions and drafts start from here too.</summary>
    private static IQueryable<Story> Owned(AppDbContext db, string userId)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        return db.Stories.Where(s => s.UserId == userId);
    }

    private static IQueryable<StoryRevision> OwnedRevisions(AppDbContext db, string userId)
    {
        var owned = Owned(db, userId);
        return db.StoryRevisions.Where(r => owned.Any(s => s.Id == r.StoryId));
    }

    private static IQueryable<StoryDraft> OwnedDrafts(AppDbContext db, string userId)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        return db.StoryDrafts.Where(d => d.UserId == userId);
    }

    /// <summary>Makes <paramref name="content"/> current, keeping the version it replaces as a revision.</summary>
    private void ReplaceContent(AppDbContext db, Story story, StoryContent content, string reason)
    {
        db.StoryRevisions.Add(new StoryRevision
        {
            StoryId = story.Id,
            SavedAt = story.UpdatedAt,
            Reason = reason,
            ContentJson = story.GetContent().ToJson(),
        });
        story.Apply(content);
        story.UpdatedAt = Now();
        story.Version++;
    }

    private void EnsureValid(StoryContent story, bool isDraft = false)
    {
        var errors = StoryValidator.Validate(story, content.Current, isDraft);
        if (errors.Count > 0)
        {
            throw new StoryRejectedException(errors);
        }
    }

    /// <summary>Refuses to go past <see cref="StoryLimits.StoriesPerUser"/> with <paramref name="adding"/> more stories.</summary>
    private static async Task EnsureRoomAsync(AppDbContext db, string userId, int adding, CancellationToken cancellationToken)
    {
        var count = await Owned(db, userId).CountAsync(cancellationToken);
        if (count + adding > StoryLimits.StoriesPerUser)
        {
            throw new StoryRejectedException(new Dictionary<string, string>
            {
                [StoryRejectedException.Story] = $"Your bank holds {count:N0} stories, and one account can keep {StoryLimits.StoriesPerUser:N0}. Delete or merge a few first.",
            });
        }
    }

    /// <summary>Keeps the newest <see cref="StoryLimits.RevisionsPerStory"/> earlier versions of a story.</summary>
    private static Task<int> PruneRevisionsAsync(AppDbContext db, int storyId, CancellationToken cancellationToken) =>
        db.StoryRevisions.Where(r => r.StoryId == storyId)
            .OrderByDescending(r => r.Id)
            .Skip(StoryLimits.RevisionsPerStory)
            .ExecuteDeleteAsync(cancellationToken);

    private static Task<int> DeleteDraftAsync(AppDbContext db, string userId, int? storyId, CancellationToken cancellationToken) =>
        OwnedDrafts(db, userId).Where(d => d.StoryId == storyId).ExecuteDeleteAsync(cancellationToken);

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;
}
