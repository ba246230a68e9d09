using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InterviewPrep.Web.Features.Consent;

/// <summary>
/// Proof of one consent decision. It holds no IP address and no account: only a random consent id, shared with
/// the visitor's consent cookie, links the decisions of one browser.
/// </summary>
public sealed class ConsentRecord
{
    public long Id { get; set; }

    public required string ConsentId { get; set; }

    public DateTime DecidedAtUtc { get; set; }

    public ConsentAction Action { get; set; }

    public int Revision { get; set; }

    /// <summary>Comma-separated categories, e.g. <c>necessary,analytics</c>.</summary>
    public required string Granted { get; set; }

    /// <summary>Comma-separated categories refused; empty when everything was granted.</summary>
    public required string Refused { get; set; }

    /// <summary>Whether the browser sent Global Privacy Control with the decision.</summary>
    public bool GlobalPrivacyControl { get; set; }
}

internal sealed class ConsentRecordConfiguration : IEntityTypeConfiguration<ConsentRecord>
{
    public void Configure(EntityTypeBuilder<ConsentRecord> builder)
    {
        builder.ToTable("ConsentRecords");
        builder.Property(r => r.ConsentId).HasMaxLength(32).IsRequired();
        builder.Property(r => r.Action).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Granted).HasMaxLength(128).IsRequired();
        builder.Property(r => r.Refused).HasMaxLength(128).IsRequired();
        builder.HasIndex(r => r.DecidedAtUtc);
        builder.HasIndex(r => r.ConsentId);
    }
}
