using System.Security.Cryptography;
using System.Text;
using InterviewPrep.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace InterviewPrep.Web.Components.Account;

/// <summary>
/// Without email the app cannot confirm that whoever registered an address in <c>Admin:Emails</c> owns it. Instead
/// it proves access to the server: at startup it writes a random one-time code to its log, and the owner, signed
/// in with the listed address, enters it at <c>/Account/AdminSetup</c>. Only the code's hash is stored; each start
/// replaces an unused code with a new one, and a used code never works again.
/// </summary>
internal sealed class AdminSetupCodes(AppDbContext db, TimeProvider time, ILogger<AdminSetupCodes> logger)
{
    public const string PagePath = "/Account/AdminSetup";

    // Without 0/O and 1/I/L, so a code copied by hand from a terminal is read right: 20 characters, 100 bits.
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private const int Length = 20;

    public async Task<string> IssueAsync(CancellationToken cancellationToken)
    {
        await db.AdminSetupCodes.Where(c => c.RedeemedAt == null).ExecuteDeleteAsync(cancellationToken);
        var code = RandomNumberGenerator.GetString(Alphabet, Length);
        db.AdminSetupCodes.Add(new AdminSetupCode { Hash = Hash(code), CreatedAt = time.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync(cancellationToken);

        var grouped = string.Join('-', code.Chunk(5).Select(chunk => new string(chunk)));
        logger.LogWarning(
            "Admin setup: this app sends no email (Email:SmtpHost is unset), so it cannot confirm the addresses in Admin:Emails. Sign in with a listed address, open {Path} and enter this one-time code: {Code}",
            PagePath,
            grouped);
        return grouped;
    }

    /// <summary>Uses up the code for <paramref name="userId"/>. False when it is wrong, already used, or replaced by a later start.</summary>
    public async Task<bool> RedeemAsync(string? code, string userId, CancellationToken cancellationToken)
    {
        var normalized = Normalize(code);
        if (normalized.Length != Length)
        {
            return false;
        }

        var hash = Hash(normalized);
        var now = time.GetUtcNow().UtcDateTime;

        // One conditional update, so two requests racing with the same code cannot both succeed.
        var used = await db.AdminSetupCodes
            .Where(c => c.Hash == hash && c.RedeemedAt == null)
            .ExecuteUpdateAsync(setters => setters.SetProperty(c => c.RedeemedAt, now).SetProperty(c => c.RedeemedByUserId, userId), cancellationToken);
        return used == 1;
    }

    private static string Normalize(string? code) =>
        new((code ?? string.Empty).Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToArray());

    private static string Hash(string code) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Normalize(code))));
}
