using InterviewPrep.Web.Features.Stories;

namespace InterviewPrep.Web.Hosting;

internal static class StoryExtensions
{
    public static void AddStories(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<StoryBank>();
    }

    public static void MapStories(this WebApplication app) => app.MapStoryEndpoints();
}
