using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InterviewPrep.Web.Data;

internal sealed class ConsentRecordConfiguration : IEntityTypeConfiguration<ConsentRecord>
{
    public void Configure(EntityTypeBuilder<ConsentRecord> builder)
    {
        builder.Property(r => r.ConsentId).HasMaxLength(32).IsRequired();
        builder.Property(r => r.Action).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Granted).HasMaxLength(128).IsRequired();
        builder.Property(r => r.Refused).HasMaxLength(128).IsRequired();
        builder.HasIndex(r => r.DecidedAt);
        builder.HasIndex(r => r.ConsentId);
    }
}
