using System.Text.Json;
using InterviewPrep.Web.Data;
using InterviewPrep.Web.Services;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace InterviewPrep.Web.Hosting;

internal static class HealthExtensions
{
    public const string Path = "/healthz";

    public static void AddHealth(this WebApplicationBuilder builder) =>
        builder.Services.AddHealthChecks()
            .AddDbContextCheck<AppDbContext>("database")
            .AddCheck<ContentHealthCheck>("content");

    public static void MapHealth(this WebApplication app) =>
        app.MapHealthChecks(Path, new HealthCheckOptions { ResponseWriter = WriteJsonAsync })
            .DisableHttpMetrics();

    private static Task WriteJsonAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(
                e => e.Key,
                e => new { status = e.Value.Status.ToString(), description = e.Value.Description, data = e.Value.Data }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, JsonOptions));
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { WriteIndented = true };
}
