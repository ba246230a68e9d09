using InterviewPrep.Web.Services;

namespace InterviewPrep.Web.Hosting;

internal static class ContentExtensions
{
    public static void AddContent(this WebApplicationBuilder builder)
    {
        builder.AddValidatedOptions<ContentOptions>(ContentOptions.SectionName);
        builder.Services.AddSingleton<ContentStore>();
    }

    /// <summary>Loads the catalog now, at startup, rather than on the first request.</summary>
    public static void LoadContent(this WebApplication app) => app.Services.GetRequiredService<ContentStore>();
}
