using System.Security.Claims;
using InterviewPrep.Web.Data;
using InterviewPrep.Web.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace InterviewPrep.Web.Components.Account;

/// <summary>
/// Keeps the Admin role equal to what configuration says: an account holds it exactly when its address is listed in
/// <see cref="AdminOptions.Emails"/> and confirmed. Registering a listed address is not enough, or whoever signed
/// up first with the owner's address would be admin; removing an address from the list takes the role away.
/// </summary>
internal sealed class AdminRoles(
    UserManager<ApplicationUser> users,
    RoleManager<IdentityRole> roles,
    IOptions<AdminOptions> options,
    ILogger<AdminRoles> logger)
{
    public bool IsConfiguredAdmin(ApplicationUser user) =>
        user.Email is { } email && options.Value.Emails.Contains(email.Trim(), StringComparer.OrdinalIgnoreCase);

    public bool QualifiesForRole(ApplicationUser user) => IsConfiguredAdmin(user) && user.EmailConfirmed;

    /// <summary>An admin who must still turn on two-factor authentication before admin pages open.</summary>
    public bool NeedsTwoFactor(ApplicationUser user) => options.Value.RequireTwoFactor && !user.TwoFactorEnabled;

    public async Task SyncRoleAsync(ApplicationUser user)
    {
        var qualifies = QualifiesForRole(user);
        var holds = await users.IsInRoleAsync(user, AccountExtensions.AdminRole);
        if (qualifies == holds)
        {
            return;
        }

        IdentityResult result;
        if (qualifies)
        {
            if (!await roles.RoleExistsAsync(AccountExtensions.AdminRole))
            {
                await roles.CreateAsync(new IdentityRole(AccountExtensions.AdminRole));
            }

            result = await users.AddToRoleAsync(user, AccountExtensions.AdminRole);
        }
        else
        {
            result = await users.RemoveFromRoleAsync(user, AccountExtensions.AdminRole);
        }

        if (result.Succeeded && qualifies)
        {
            logger.LogInformation("Gave the {Role} role to account {UserId}, whose confirmed address is in Admin:Emails.", AccountExtensions.AdminRole, user.Id);
        }
        else if (result.Succeeded)
        {
            logger.LogWarning("Took the {Role} role from account {UserId}: its address is not a confirmed one in Admin:Emails.", AccountExtensions.AdminRole, user.Id);
        }
        else
        {
            logger.LogError("Could not change the {Role} role of account {UserId}: {Errors}", AccountExtensions.AdminRole, user.Id, string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }

    /// <summary>
    /// At startup: every current holder of the role is checked (so an address taken off the list loses it), then
    /// every listed address. Returns whether some listed address still lacks a confirmed account.
    /// </summary>
    public async Task<bool> SyncAllAsync()
    {
        foreach (var holder in await users.GetUsersInRoleAsync(AccountExtensions.AdminRole))
        {
            await SyncRoleAsync(holder);
        }

        var pending = false;
        foreach (var email in options.Value.Emails)
        {
            var user = await users.FindByEmailAsync(email);
            if (user is null || !user.EmailConfirmed)
            {
                pending = true;
                logger.LogWarning(
                    "An address in Admin:Emails has {State}. It gets the {Role} role once it is registered and confirmed.",
                    user is null ? "no account yet" : "an account whose address is not confirmed yet",
                    AccountExtensions.AdminRole);
            }

            if (user is not null)
            {
                await SyncRoleAsync(user);
            }
        }

        return pending;
    }
}

/// <summary>
/// Identity builds the sign-in cookie's claims here, on every sign-in and whenever the security stamp check
/// refreshes a session. The role is brought in line with configuration just before, so a change shows in the same
/// session; an admin without two-factor authentication (when it is required) gets no Admin claim, so admin pages
/// send them to set it up first.
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
        await adminRoles.SyncRoleAsync(user);
        var identity = await base.GenerateClaimsAsync(user);
        if (adminRoles.NeedsTwoFactor(user))
        {
            foreach (var claim in identity.FindAll(c => c.Type == identity.RoleClaimType && c.Value == AccountExtensions.AdminRole).ToList())
            {
                identity.RemoveClaim(claim);
            }
        }

        return identity;
    }
}

/// <summary>
/// Applies <see cref="AdminOptions.Emails"/> once at startup. When the app cannot send email and a listed address
/// is not confirmed yet, it also writes a fresh one-time admin setup code to the log.
/// </summary>
internal sealed class AdminStartup(IServiceScopeFactory scopes, IOptions<EmailOptions> email) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var pending = await scope.ServiceProvider.GetRequiredService<AdminRoles>().SyncAllAsync();
        if (pending && !email.Value.Enabled)
        {
            await scope.ServiceProvider.GetRequiredService<AdminSetupCodes>().IssueAsync(cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
