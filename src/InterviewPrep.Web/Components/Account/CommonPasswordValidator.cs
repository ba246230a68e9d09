using System.Collections.Frozen;
using Microsoft.AspNetCore.Identity;
using InterviewPrep.Web.Data;

namespace InterviewPrep.Web.Components.Account;

/// <summary>
/// Rejects passwords found on lists of the most commonly used (and so first guessed) passwords, as NIST SP 800-63B
/// asks, instead of imposing composition rules: the 10,000 most common (CommonPasswords.txt names its source),
/// the account's own email address or the part before its '@', and the site's name. Case does not matter.
/// </summary>
internal sealed class CommonPasswordValidator : IPasswordValidator<ApplicationUser>
{
    private const string SiteName = "interviewprep";

    private static readonly FrozenSet<string> CommonPasswords = Load();

    public static int Count => CommonPasswords.Count;

    public Task<IdentityResult> ValidateAsync(UserManager<ApplicationUser> manager, ApplicationUser user, string? password)
    {
        var candidate = password?.Trim() ?? string.Empty;
        return Task.FromResult(IsGuessable(candidate, user.Email)
            ? IdentityResult.Failed(new IdentityError
            {
                Code = "CommonPassword",
                Description = "That password is one of the most commonly used, or is your email address or this site's name, so it is among the first an attacker tries. Choose another; a few unrelated words make a strong one.",
            })
            : IdentityResult.Success);
    }

    private static bool IsGuessable(string candidate, string? email)
    {
        if (CommonPasswords.Contains(candidate) || candidate.Equals(SiteName, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (string.IsNullOrEmpty(email))
        {
            return false;
        }

        var at = email.LastIndexOf('@');
        var localPart = at > 0 ? email[..at] : email;
        return candidate.Equals(email.Trim(), StringComparison.OrdinalIgnoreCase)
            || candidate.Equals(localPart.Trim(), StringComparison.OrdinalIgnoreCase);
    }

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(CommonPasswordValidator).Assembly.GetManifestResourceStream("InterviewPrep.Web.CommonPasswords.txt")
            ?? throw new InvalidOperationException("The common password list is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd()
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => !line.StartsWith('#'))
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }
}
