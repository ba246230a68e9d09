using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InterviewPrep.Web.Data;

internal sealed class PracticeSessionConfiguration : IEntityTypeConfiguration<PracticeSession>
{
    public void Configure(EntityTypeBuilder<PracticeSession> builder)
    {
        builder.HasIndex(s => new { s.UserId, s.CompletedAt });
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(s => s.Level).HasConversion<string>().HasMaxLength(16);
        builder.HasMany(s => s.Answers).WithOne(a => a.Session).HasForeignKey(a => a.SessionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PracticeAnswerConfiguration : IEntityTypeConfiguration<PracticeAnswer>
{
    public void Configure(EntityTypeBuilder<PracticeAnswer> builder)
    {
        builder.HasIndex(a => new { a.SessionId, a.Position });
        builder.Property(a => a.PrincipleSlug).HasMaxLength(100);
        builder.Property(a => a.QuestionKey).HasMaxLength(200);
        builder.Property(a => a.QuestionText).HasMaxLength(PracticeLimits.QuestionText);
        builder.Property(a => a.AnswerText).HasMaxLength(PracticeLimits.AnswerText);
        builder.Property(a => a.StoryTitle).HasMaxLength(StoryLimits.Title);
        builder.OwnsMany(a => a.FollowUps, f => f.ToJson());
    }
}
