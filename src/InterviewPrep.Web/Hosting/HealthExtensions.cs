using System.Net;
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
        app.MapHealthChecks(Path, new HealthCheckOptions { ResponseWriter = WriteReportAsync })
            .DisableHttpMetrics();

    /// <summary>
    /// Anyone may see the status word; the checks (database, content errors with file names) are for admins and
    /// for requests from this machine that no proxy forwarded (a monitor on the host, an operator's curl).
    /// </summary>
    private static Task WriteReportAsync(HttpContext context, HealthReport report)
    {
        if (!MaySeeDetails(context))
        {
            context.Response.ContentType = "text/plain; charset=utf-8";
            return context.Response.WriteAsync(report.Status.ToString());
        }

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

    /// <summary>
    /// A forwarded header still present means a proxy the app does not trust relayed the request, so a loopback
    /// connection is not proof of a local caller. A trusted proxy's request carries the client's address instead.
    /// </summary>
    internal static bool MaySeeDetails(HttpContext context) =>
        context.User.IsInRole(AccountExtensions.AdminRole)
        || (context.Connection.RemoteIpAddress is { } address && IPAddress.IsLoopback(address)
            && !context.Request.Headers.ContainsKey("X-Forwarded-For")
            && !context.Request.Headers.ContainsKey("Forwarded"));

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { WriteIndented = true };
}
