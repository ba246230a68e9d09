using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InterviewPrep.Web.Data;

internal sealed class AdminSetupCodeConfiguration : IEntityTypeConfiguration<AdminSetupCode>
{
    public void Configure(EntityTypeBuilder<AdminSetupCode> builder)
    {
        builder.Property(c => c.Hash).HasMaxLength(64).IsRequired();
        builder.Property(c => c.RedeemedByUserId).HasMaxLength(450);
        builder.HasIndex(c => c.Hash).IsUnique();
    }
}
