using InterviewPrep.Web.Components.Account;
using InterviewPrep.Web.Data;
using InterviewPrep.Web.Features.Analytics;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace InterviewPrep.Web.Hosting;

internal static class AdminExtensions
{
    /// <summary>
    /// The first admins come from <c>Admin:Emails</c>: their accounts get the Admin role at startup, and on sign-in
    /// or registration through a claims factory that replaces Identity's. Call after <c>AddAccounts()</c>, whose
    /// <c>AddRoles()</c> registers the factory this one replaces.
    /// </summary>
    public static void AddAdmins(this WebApplicationBuilder builder)
    {
        builder.AddValidatedOptions<AdminOptions>(AdminOptions.SectionName);
        builder.Services.AddScoped<AdminRoles>();
        builder.Services.Replace(ServiceDescriptor.Scoped<IUserClaimsPrincipalFactory<ApplicationUser>, AdminAwareClaimsPrincipalFactory>());
        builder.Services.AddHostedService<AdminStartup>();
    }
}
