using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace InterviewPrep.Web.Services;

/// <summary>Degraded while any content file is broken: the site works, but without those files.</summary>
internal sealed class ContentHealthCheck(ContentStore content) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var catalog = content.Current;
        if (catalog.Principles.Count == 0)
        {
            return Task.FromResult(HealthCheckResult.Degraded("No principles were loaded.", data: ErrorData(catalog)));
        }

        return Task.FromResult(catalog.Errors.Count == 0
            ? HealthCheckResult.Healthy($"{catalog.Principles.Count} principles, {catalog.Examples.Count} examples, {catalog.Guides.Count} guides.")
            : HealthCheckResult.Degraded($"{catalog.Errors.Count} content error(s); the files they name are skipped.", data: ErrorData(catalog)));
    }

    private static Dictionary<string, object> ErrorData(Core.Content.ContentCatalog catalog) =>
        catalog.Errors.Select((e, i) => (Key: $"error{i + 1}", Value: (object)e.ToString()))
            .ToDictionary(x => x.Key, x => x.Value);
}
