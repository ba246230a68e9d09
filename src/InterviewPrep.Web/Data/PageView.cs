namespace InterviewPrep.Web.Data;

/// <summary>
/// One counted page view. No IP address and no account: <see cref="VisitorId"/> is a hash that changes every day
/// and cannot be reversed once that day's salt is deleted.
/// </summary>
public sealed class PageView
{
    public long Id { get; set; }

    public DateTime OccurredAt { get; set; }

    /// <summary>The UTC day, kept beside the time because reports group by it and the visitor id is only valid within it.</summary>
    public DateOnly Day { get; set; }

    public required string Path { get; set; }

    /// <summary>The host of another site that linked here; null for direct visits and links within this site.</summary>
    public string? ReferrerHost { get; set; }

    /// <summary>Chrome, Firefox, Safari, Edge, Opera, Samsung Internet or Other. Never the full user agent.</summary>
    public required string Browser { get; set; }

    public required string VisitorId { get; set; }
}

/// <summary>The secret mixed into one day's visitor ids. Deleted when the day is over.</summary>
public sealed class AnalyticsSalt
{
    public DateOnly Day { get; set; }

    public required byte[] Value { get; set; }
}
