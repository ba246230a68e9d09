using InterviewPrep.Core.Critique;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InterviewPrep.Web.Data;

internal sealed class StoryConfiguration : IEntityTypeConfiguration<Story>
{
    public void Configure(EntityTypeBuilder<Story> builder)
    {
        builder.HasIndex(s => new { s.UserId, s.UpdatedAt });
        builder.HasIndex(s => new { s.UserId, s.Uid }).IsUnique();
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(s => s.Title).HasMaxLength(StoryLimits.Title);
        builder.ComplexProperty(s => s.Star, star =>
        {
            // The columns keep the plain names they had before the fields became one type (and that search indexes).
            star.Property(p => p.Situation).HasColumnName(nameof(StarFields.Situation));
            star.Property(p => p.Task).HasColumnName(nameof(StarFields.Task));
            star.Property(p => p.Action).HasColumnName(nameof(StarFields.Action));
            star.Property(p => p.Result).HasColumnName(nameof(StarFields.Result));
            star.Property(p => p.Reflection).HasColumnName(nameof(StarFields.Reflection));
        });
        builder.Property(s => s.Level).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasMany(s => s.Revisions).WithOne(r => r.Story).HasForeignKey(r => r.StoryId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class StoryRevisionConfiguration : IEntityTypeConfiguration<StoryRevision>
{
    public void Configure(EntityTypeBuilder<StoryRevision> builder) =>
        builder.HasIndex(r => new { r.StoryId, r.SavedAt });
}

internal sealed class StoryDraftConfiguration : IEntityTypeConfiguration<StoryDraft>
{
    public void Configure(EntityTypeBuilder<StoryDraft> builder)
    {
        builder.HasIndex(d => new { d.UserId, d.StoryId }).IsUnique();
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(d => d.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Story>().WithMany().HasForeignKey(d => d.StoryId).OnDelete(DeleteBehavior.Cascade);
    }
}
