using InterviewPrep.Web.Features.Content;

namespace InterviewPrep.Web.Hosting;

internal static class ContentExtensions
{
    public static void AddContent(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ContentOptions>()
            .Bind(builder.Configuration.GetSection(ContentOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<ContentStore>();
    }

    /// <summary>Loads the catalog now, at startup, rather than on the first request.</summary>
    public static void LoadContent(this WebApplication app) => app.Services.GetRequiredService<ContentStore>();
}
