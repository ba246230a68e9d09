using System.Collections.Frozen;
using Microsoft.AspNetCore.Identity;
using InterviewPrep.Web.Data;

namespace InterviewPrep.Web.Components.Account;

/// <summary>
/// Rejects passwords found on lists of the most commonly used (and so first guessed) passwords, as NIST SP 800-63B
/// asks, instead of imposing composition rules.
/// </summary>
internal sealed class CommonPasswordValidator : IPasswordValidator<ApplicationUser>
{
    private static readonly FrozenSet<string> CommonPasswords = Load();

    public Task<IdentityResult> ValidateAsync(UserManager<ApplicationUser> manager, ApplicationUser user, string? password)
    {
        var candidate = password?.Trim() ?? string.Empty;
        if (CommonPasswords.Contains(candidate)
            || (user.Email is { Length: > 0 } email && candidate.Equals(email, StringComparison.OrdinalIgnoreCase)))
        {
            return Task.FromResult(IdentityResult.Failed(new IdentityError
            {
                Code = "CommonPassword",
                Description = "That password is one of the most commonly used, so it is among the first an attacker tries. Choose another; a few unrelated words make a strong one.",
            }));
        }

        return Task.FromResult(IdentityResult.Success);
    }

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(CommonPasswordValidator).Assembly.GetManifestResourceStream("InterviewPrep.Web.CommonPasswords.txt")
            ?? throw new InvalidOperationException("The common password list is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd()
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }
}
