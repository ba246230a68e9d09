using InterviewPrep.Web.Features.Consent;
using InterviewPrep.Web.Services;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace InterviewPrep.Web.Hosting;

internal static class ConsentExtensions
{
    /// <summary>
    /// Cookie consent on top of ASP.NET Core's cookie policy. The built-in policy knows one yes/no; the app's own
    /// consent cookie adds categories and a policy revision, and feeds the built-in policy through
    /// <see cref="CookiePolicyOptions.CheckConsentNeeded"/>: until analytics are allowed for a request, consent is
    /// "needed and not given", so any cookie not marked essential is dropped and
    /// <see cref="Microsoft.AspNetCore.Http.Features.ITrackingConsentFeature.CanTrack"/> is false.
    /// </summary>
    public static void AddConsent(this WebApplicationBuilder builder)
    {
        builder.AddValidatedOptions<ConsentOptions>(ConsentOptions.SectionName);
        builder.Services.AddSingleton<ConsentCookie>();
        builder.Services.AddScoped<ConsentRecorder>();

        builder.Services.Configure<CookiePolicyOptions>(options =>
        {
            options.CheckConsentNeeded = context => !context.GetConsent().Analytics;
        });

        // Sign-in and antiforgery cookies are strictly necessary: mark them essential so the policy never drops them.
        builder.Services.PostConfigureAll<CookieAuthenticationOptions>(options => options.Cookie.IsEssential = true);
        builder.Services.AddAntiforgery(options => options.Cookie.IsEssential = true);
    }

    public static void UseConsent(this WebApplication app) => app.UseCookiePolicy();

    public static void MapConsent(this WebApplication app) => app.MapConsentEndpoints();
}
