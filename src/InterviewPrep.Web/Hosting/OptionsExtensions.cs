using Microsoft.Extensions.Options;

namespace InterviewPrep.Web.Hosting;

internal static class OptionsExtensions
{
    /// <summary>
    /// Binds a settings class to its configuration section and checks its data annotations when the app starts,
    /// so a bad value stops the app with a message instead of failing on the first request that reads it.
    /// </summary>
    public static OptionsBuilder<TOptions> AddValidatedOptions<TOptions>(this WebApplicationBuilder builder, string sectionName)
        where TOptions : class =>
        builder.Services.AddOptions<TOptions>()
            .Bind(builder.Configuration.GetSection(sectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
}
