using InterviewPrep.Web.Features.Analytics;
using InterviewPrep.Web.Services;

namespace InterviewPrep.Web.Hosting;

internal static class AnalyticsExtensions
{
    /// <summary>First-party page-view counting (gated by consent), its retention job and the admin dashboard's queries.</summary>
    public static void AddAnalytics(this WebApplicationBuilder builder)
    {
        builder.AddValidatedOptions<AnalyticsOptions>(AnalyticsOptions.SectionName);
        builder.Services.AddSingleton<DailySalt>();
        builder.Services.AddSingleton<RetentionPurge>();
        builder.Services.AddHostedService<RetentionService>();
        builder.Services.AddScoped<AnalyticsReport>();
    }

    public static void UseAnalytics(this WebApplication app) => app.UseMiddleware<PageViewRecorder>();

    public static void MapAnalytics(this WebApplication app) => app.MapAnalyticsExport();
}
