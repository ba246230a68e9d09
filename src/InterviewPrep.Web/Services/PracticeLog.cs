using InterviewPrep.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace InterviewPrep.Web.Services;

/// <summary>
/// Every read and write of saved practice sessions. Each method takes the signed-in user's id and every query starts
/// from <see cref="Owned"/>: another user's session is simply not found.
/// </summary>
public sealed class PracticeLog(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    public async Task<int> SaveAsync(string userId, PracticeSession session, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        ArgumentNullException.ThrowIfNull(session);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        session.UserId = userId;
        if (session.CompletedAt == default)
        {
            session.CompletedAt = clock.GetUtcNow().UtcDateTime;
        }

        db.PracticeSessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        return session.Id;
    }

    /// <summary>All of the user's sessions with their answers, oldest first.</summary>
    public async Task<IReadOnlyList<PracticeSession>> ListAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await Owned(db, userId)
            .Include(s => s.Answers.OrderBy(a => a.Position))
            .OrderBy(s => s.CompletedAt).ThenBy(s => s.Id)
            .AsNoTracking()
            .ToListAsync(cancellationToken);
    }

    public async Task<PracticeSession?> FindAsync(string userId, int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await Owned(db, userId)
            .Include(s => s.Answers.OrderBy(a => a.Position))
            .AsNoTracking()
            .FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
    }

    /// <summary>The one place a practice session query is scoped to its owner.</summary>
    private static IQueryable<PracticeSession> Owned(AppDbContext db, string userId)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        return db.PracticeSessions.Where(s => s.UserId == userId);
    }
}
