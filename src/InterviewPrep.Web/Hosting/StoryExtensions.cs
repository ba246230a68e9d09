using InterviewPrep.Web.Features.Stories;
using InterviewPrep.Web.Services;

namespace InterviewPrep.Web.Hosting;

internal static class StoryExtensions
{
    public static void AddStories(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<StoryBank>();
    }

    public static void MapStories(this WebApplication app) => app.MapStoryEndpoints();
}
