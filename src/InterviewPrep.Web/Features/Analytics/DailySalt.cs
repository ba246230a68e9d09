using System.Security.Cryptography;
using System.Text;
using InterviewPrep.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace InterviewPrep.Web.Features.Analytics;

/// <summary>
/// Today's salt for visitor ids, kept in the database so that every instance and restart agrees on it. When the
/// UTC day changes a new salt is made and older ones are deleted, so yesterday's ids can no longer be recomputed.
/// </summary>
internal sealed class DailySalt(IDbContextFactory<AppDbContext> dbFactory, TimeProvider time) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile AnalyticsSalt? _current;

    public async Task<AnalyticsSalt> GetAsync(CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        if (_current is { } current && current.Day == today)
        {
            return current;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_current is { } again && again.Day == today)
            {
                return again;
            }

            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var salt = await db.AnalyticsSalts.AsNoTracking().SingleOrDefaultAsync(s => s.Day == today, cancellationToken);
            if (salt is null)
            {
                salt = new AnalyticsSalt { Day = today, Value = RandomNumberGenerator.GetBytes(32) };
                db.AnalyticsSalts.Add(salt);
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                }
                catch (DbUpdateException)
                {
                    // Another instance made today's salt first: use theirs, so both count a visitor once.
                    db.ChangeTracker.Clear();
                    salt = await db.AnalyticsSalts.AsNoTracking().SingleAsync(s => s.Day == today, cancellationToken);
                }
            }

            await db.AnalyticsSalts.Where(s => s.Day < today).ExecuteDeleteAsync(cancellationToken);
            _current = salt;
            return salt;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>hash(salt + IP + user agent + site), truncated to 128 bits: enough to count, useless to identify.</summary>
    public static string VisitorId(byte[] salt, string ipAddress, string userAgent, string site)
    {
        var input = Encoding.UTF8.GetBytes($"{ipAddress}\n{userAgent}\n{site}");
        var hash = HMACSHA256.HashData(salt, input);
        return Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }

    public void Dispose() => _gate.Dispose();
}
