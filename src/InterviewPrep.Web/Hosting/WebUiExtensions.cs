using InterviewPrep.Web.Components;
using InterviewPrep.Web.Services;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace InterviewPrep.Web.Hosting;

internal static class WebUiExtensions
{
    /// <summary>Razor components: static server rendering by default, interactive Server mode available per component.</summary>
    public static void AddWebUi(this WebApplicationBuilder builder)
    {
        // A build folder run outside Development (the tests' separate app processes) has no published wwwroot.
        if (builder.Configuration.GetValue<bool>("WebUi:ServeBuildAssets"))
        {
            builder.WebHost.UseStaticWebAssets();
        }

        builder.Services.AddRazorComponents()
            .AddInteractiveServerComponents()
            .AddHubOptions(options =>
            {
                // What the largest field needs (SignalR's default of 32 KB is too small for it); every byte more is
                // memory an anonymous connection may make the server buffer. See CircuitLimits.
                options.MaximumReceiveMessageSize = CircuitLimits.MaxReceiveMessageBytes;
            });
    }

    public static void UseWebUi(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
        }

        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseAntiforgery();
    }

    public static void MapWebUi(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapRazorComponents<App>()
            .AddInteractiveServerRenderMode();
    }

    /// <summary>Says where to open the app once it listens, so `dotnet run` ends with a URL to click.</summary>
    public static void LogStartupUrls(this WebApplication app) =>
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            foreach (var address in addresses)
            {
                app.Logger.LogInformation("InterviewPrep is ready. Open {Url} in your browser.", address);
            }
        });
}
