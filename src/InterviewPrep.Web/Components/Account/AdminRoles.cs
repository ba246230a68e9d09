using System.Security.Claims;
using InterviewPrep.Web.Data;
using InterviewPrep.Web.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace InterviewPrep.Web.Components.Account;

/// <summary>Gives the Admin role to the accounts named in <see cref="AdminOptions.Emails"/>. It never takes the role away.</summary>
internal sealed class AdminRoles(
    UserManager<ApplicationUser> users,
    RoleManager<IdentityRole> roles,
    IOptions<AdminOptions> options,
    ILogger<AdminRoles> logger)
{
    public bool IsConfiguredAdmin(ApplicationUser user) =>
        user.Email is { } email && options.Value.Emails.Contains(email.Trim(), StringComparer.OrdinalIgnoreCase);

    public async Task EnsureRoleAsync(ApplicationUser user)
    {
        if (!IsConfiguredAdmin(user) || await users.IsInRoleAsync(user, AccountExtensions.AdminRole))
        {
            return;
        }

        if (!await roles.RoleExistsAsync(AccountExtensions.AdminRole))
        {
            await roles.CreateAsync(new IdentityRole(AccountExtensions.AdminRole));
        }

        var result = await users.AddToRoleAsync(user, AccountExtensions.AdminRole);
        if (result.Succeeded)
        {
            logger.LogInformation("Gave the {Role} role to the account configured in Admin:Emails.", AccountExtensions.AdminRole);
        }
        else
        {
            logger.LogError("Could not give the {Role} role: {Errors}", AccountExtensions.AdminRole, string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }

    /// <summary>At startup: the configured accounts that already exist get the role; missing ones are reported.</summary>
    public async Task EnsureConfiguredAdminsAsync()
    {
        foreach (var email in options.Value.Emails)
        {
            var user = await users.FindByEmailAsync(email);
            if (user is null)
            {
                // Whoever registers this address first becomes admin, so the owner should register it promptly.
                logger.LogWarning("Admin:Emails lists an address with no account yet. Register it now: its first sign-in gets the {Role} role.", AccountExtensions.AdminRole);
                continue;
            }

            await EnsureRoleAsync(user);
        }
    }
}

/// <summary>
/// Identity builds the sign-in cookie's claims here, on every sign-in (including right after registration) and
/// when it refreshes a session. Granting the role just before means a configured admin has it in the same session.
/// </summary>
internal sealed class AdminAwareClaimsPrincipalFactory(
    UserManager<ApplicationUser> userManager,
    RoleManager<IdentityRole> roleManager,
    IOptions<IdentityOptions> identityOptions,
    AdminRoles adminRoles)
    : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole>(userManager, roleManager, identityOptions)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        await adminRoles.EnsureRoleAsync(user);
        return await base.GenerateClaimsAsync(user);
    }
}

/// <summary>Applies <see cref="AdminOptions.Emails"/> once at startup, for accounts that existed before the setting.</summary>
internal sealed class AdminStartup(IServiceScopeFactory scopes) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AdminRoles>().EnsureConfiguredAdminsAsync();
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
