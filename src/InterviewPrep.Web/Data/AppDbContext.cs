using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace InterviewPrep.Web.Data;

/// <summary>The app's one store. The DbContext is the unit of work: features use it directly.</summary>
public sealed class AppDbContext(DbContextOptions<AppDbContext> options)
    : IdentityDbContext<ApplicationUser>(options), IDataProtectionKeyContext
{
    /// <summary>Data Protection keys, so sign-in cookies and antiforgery tokens survive a restart.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Story> Stories => Set<Story>();

    public DbSet<StoryRevision> StoryRevisions => Set<StoryRevision>();

    public DbSet<StoryDraft> StoryDrafts => Set<StoryDraft>();

    /// <summary>Proof of each cookie consent decision (no IP address).</summary>
    public DbSet<ConsentRecord> ConsentRecords => Set<ConsentRecord>();

    /// <summary>Page views of visitors who allowed analytics.</summary>
    public DbSet<PageView> PageViews => Set<PageView>();

    /// <summary>The current day's salt for visitor ids; older salts are deleted.</summary>
    public DbSet<AnalyticsSalt> AnalyticsSalts => Set<AnalyticsSalt>();

    public DbSet<PracticeSession> PracticeSessions => Set<PracticeSession>();

    public DbSet<PracticeAnswer> PracticeAnswers => Set<PracticeAnswer>();

    /// <summary>One-time admin setup codes (hashed), for installs that cannot send email.</summary>
    public DbSet<AdminSetupCode> AdminSetupCodes => Set<AdminSetupCode>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }
}
