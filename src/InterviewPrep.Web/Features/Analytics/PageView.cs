using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InterviewPrep.Web.Features.Analytics;

/// <summary>
/// One counted page view. No IP address and no account: <see cref="VisitorId"/> is a hash that changes every day
/// and cannot be reversed once that day's salt is deleted.
/// </summary>
public sealed class PageView
{
    public long Id { get; set; }

    public DateTime OccurredAtUtc { get; set; }

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

internal sealed class PageViewConfiguration : IEntityTypeConfiguration<PageView>
{
    public void Configure(EntityTypeBuilder<PageView> builder)
    {
        builder.ToTable("PageViews");
        builder.Property(p => p.Path).HasMaxLength(PageViewRecorder.MaxPathLength).IsRequired();
        builder.Property(p => p.ReferrerHost).HasMaxLength(253);
        builder.Property(p => p.Browser).HasMaxLength(32).IsRequired();
        builder.Property(p => p.VisitorId).HasMaxLength(32).IsRequired();
        builder.HasIndex(p => p.Day);
        builder.HasIndex(p => p.OccurredAtUtc);
    }
}

internal sealed class AnalyticsSaltConfiguration : IEntityTypeConfiguration<AnalyticsSalt>
{
    public void Configure(EntityTypeBuilder<AnalyticsSalt> builder)
    {
        builder.ToTable("AnalyticsSalts");
        builder.HasKey(s => s.Day);
        builder.Property(s => s.Value).IsRequired();
    }
}
