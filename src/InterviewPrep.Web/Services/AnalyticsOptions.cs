using System.ComponentModel.DataAnnotations;

namespace InterviewPrep.Web.Services;

/// <summary>First-party page-view analytics, bound from the <c>Analytics</c> configuration section.</summary>
public sealed class AnalyticsOptions
{
    public const string SectionName = "Analytics";

    /// <summary>Record page views of visitors who allowed analytics. Off: nothing is recorded, whatever the consent.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Page views older than this are deleted.</summary>
    [Range(1, 3650)]
    public int RetentionDays { get; set; } = 180;

    /// <summary>How often the background job deletes expired page views, consent records and salts.</summary>
    [Range(1, 1440)]
    public int PurgeIntervalMinutes { get; set; } = 60;
}
