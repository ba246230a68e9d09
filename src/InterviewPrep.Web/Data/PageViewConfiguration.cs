using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InterviewPrep.Web.Data;

internal sealed class PageViewConfiguration : IEntityTypeConfiguration<PageView>
{
    public void Configure(EntityTypeBuilder<PageView> builder)
    {
        builder.Property(p => p.Path).HasMaxLength(PageViewLimits.Path).IsRequired();
        builder.Property(p => p.ReferrerHost).HasMaxLength(PageViewLimits.ReferrerHost);
        builder.Property(p => p.Browser).HasMaxLength(PageViewLimits.Browser).IsRequired();
        builder.Property(p => p.VisitorId).HasMaxLength(PageViewLimits.VisitorId).IsRequired();
        builder.HasIndex(p => p.Day);
        builder.HasIndex(p => p.OccurredAt);
    }
}

internal sealed class AnalyticsSaltConfiguration : IEntityTypeConfiguration<AnalyticsSalt>
{
    public void Configure(EntityTypeBuilder<AnalyticsSalt> builder)
    {
        builder.HasKey(s => s.Day);
        builder.Property(s => s.Value).IsRequired();
    }
}
