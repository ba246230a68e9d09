using System.Globalization;
using System.Text;
using InterviewPrep.Web.Data;
using InterviewPrep.Web.Hosting;
using Microsoft.EntityFrameworkCore;

namespace InterviewPrep.Web.Features.Analytics;

/// <summary>Page views in a date range as CSV, for admins who want the rows in a spreadsheet.</summary>
internal static class AnalyticsExport
{
    public const string Path = "/admin/analytics/export.csv";

    public static void MapAnalyticsExport(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(Path, ExportAsync)
            .RequireAuthorization(policy => policy.RequireRole(AccountExtensions.AdminRole));

    private static async Task ExportAsync(HttpContext context, AppDbContext db, TimeProvider time, string? from, string? to)
    {
        var range = DateRange.Parse(from, to, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
        context.Response.ContentType = "text/csv; charset=utf-8";
        context.Response.Headers.ContentDisposition =
            $"attachment; filename=\"page-views-{DateRange.Format(range.From)}-to-{DateRange.Format(range.To)}.csv\"";
        context.Response.Headers.CacheControl = "no-store";

        await using var writer = new StreamWriter(context.Response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        await writer.WriteAsync("time_utc,day,path,referrer_host,browser,visitor_id\n");
        var rows = db.PageViews.AsNoTracking()
            .Where(p => p.Day >= range.From && p.Day <= range.To)
            .OrderBy(p => p.OccurredAt)
            .AsAsyncEnumerable();
        await foreach (var view in rows.WithCancellation(context.RequestAborted))
        {
            await writer.WriteAsync(string.Join(
                ',',
                view.OccurredAt.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                DateRange.Format(view.Day),
                Field(view.Path),
                Field(view.ReferrerHost),
                Field(view.Browser),
                view.VisitorId) + "\n");
        }
    }

    /// <summary>RFC 4180 quoting, and a leading apostrophe so a spreadsheet never runs a cell as a formula.</summary>
    internal static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }
}
