using InterviewPrep.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace InterviewPrep.Web.Services;

/// <summary>
/// Every read and write of saved practice sessions. Each method takes the signed-in user's id and every query starts
/// from <see cref="Owned"/>: another user's session is simply not found. A session over the limits is refused
/// here, whoever sends it.
/// </summary>
public sealed class PracticeLog(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    public async Task<int> SaveAsync(string userId, PracticeSession session, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        ArgumentNullException.ThrowIfNull(session);
        if (Problem(session) is { } problem)
        {
            throw new PracticeRejectedException(problem);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await Owned(db, userId).CountAsync(cancellationToken) >= PracticeLimits.SessionsPerUser)
        {
            throw new PracticeRejectedException($"Your progress holds {PracticeLimits.SessionsPerUser:N0} sessions, the most one account keeps.");
        }

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

    /// <summary>What makes the session too big to keep, in words the candidate can act on; null when it fits.</summary>
    private static string? Problem(PracticeSession session)
    {
        if (session.Answers.Count is 0 or > PracticeLimits.AnswersPerSession)
        {
            return $"A session keeps 1 to {PracticeLimits.AnswersPerSession} answers; this one has {session.Answers.Count}.";
        }

        foreach (var answer in session.Answers)
        {
            if (answer.QuestionText.Length > PracticeLimits.QuestionText || answer.FollowUps.Any(f => f.Question.Length > PracticeLimits.QuestionText))
            {
                return $"A question can be at most {PracticeLimits.QuestionText:N0} characters.";
            }

            if (answer.AnswerText.Length > PracticeLimits.AnswerText || answer.FollowUps.Any(f => f.Answer.Length > PracticeLimits.AnswerText))
            {
                return $"An answer can be at most {PracticeLimits.AnswerText:N0} characters.";
            }

            if (answer.FollowUps.Count > PracticeLimits.FollowUpsPerAnswer)
            {
                return $"An answer keeps at most {PracticeLimits.FollowUpsPerAnswer} follow-ups.";
            }
        }

        return null;
    }

    /// <summary>The one place a practice session query is scoped to its owner.</summary>
    private static IQueryable<PracticeSession> Owned(AppDbContext db, string userId)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        return db.PracticeSessions.Where(s => s.UserId == userId);
    }
}
