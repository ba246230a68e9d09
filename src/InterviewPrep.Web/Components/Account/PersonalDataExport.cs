using Microsoft.AspNetCore.Identity;
using InterviewPrep.Web.Data;

namespace InterviewPrep.Web.Components.Account;

/// <summary>Everything the app holds about one user, for "download my data".</summary>
internal sealed class PersonalDataExport(UserManager<ApplicationUser> userManager)
{
    public async Task<Dictionary<string, object?>> CollectAsync(ApplicationUser user, CancellationToken cancellationToken)
    {
        var account = typeof(ApplicationUser).GetProperties()
            .Where(p => Attribute.IsDefined(p, typeof(PersonalDataAttribute)))
            .ToDictionary(p => p.Name, p => p.GetValue(user)?.ToString());
        var data = new Dictionary<string, object?>
        {
            ["exportedAt"] = DateTime.UtcNow,
            ["account"] = account,
            ["roles"] = await userManager.GetRolesAsync(user),
        };
        cancellationToken.ThrowIfCancellationRequested();
        return data;
    }
}
