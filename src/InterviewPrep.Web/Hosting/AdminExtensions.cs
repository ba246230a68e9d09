using InterviewPrep.Web.Components.Account;
using InterviewPrep.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace InterviewPrep.Web.Hosting;

internal static class AdminExtensions
{
    /// <summary>
    /// Admins come from <c>Admin:Emails</c>, and only once the address is confirmed: by the emailed link, or when
    /// the app sends no email, by a one-time setup code it writes to the log. The role is brought in line with the
    /// setting at startup and at every sign-in, through a claims factory that replaces Identity's, which also
    /// withholds the role until the admin has two-factor authentication (<c>Admin:RequireTwoFactor</c>). Call after
    /// <c>AddAccounts()</c>, whose <c>AddRoles()</c> registers the factory this one replaces.
    /// </summary>
    public static void AddAdmins(this WebApplicationBuilder builder)
    {
        builder.AddValidatedOptions<AdminOptions>(AdminOptions.SectionName);
        builder.Services.AddScoped<AdminRoles>();
        builder.Services.AddScoped<AdminSetupCodes>();
        builder.Services.Replace(ServiceDescriptor.Scoped<IUserClaimsPrincipalFactory<ApplicationUser>, AdminAwareClaimsPrincipalFactory>());
        builder.Services.AddHostedService<AdminStartup>();
    }
}
