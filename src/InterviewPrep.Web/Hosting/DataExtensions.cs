using System.Security.Cryptography.X509Certificates;
using InterviewPrep.Web.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace InterviewPrep.Web.Hosting;

internal static class DataExtensions
{
    public const string ConnectionStringName = "Default";

    public const string DataProtectionCertificatePath = "DataProtection:CertificatePath";

    public const string DataProtectionCertificatePassword = "DataProtection:CertificatePassword";

    /// <summary>
    /// Registers the SQLite store (a DbContext and a factory for interactive components), Data Protection keys,
    /// and the one clock that stored times, retention and consent expiry read (tests replace it to move time).
    /// </summary>
    public static void AddData(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(TimeProvider.System);

        var configured = builder.Configuration.GetConnectionString(ConnectionStringName)
            ?? throw new InvalidOperationException(
                $"Connection string '{ConnectionStringName}' is missing. Set ConnectionStrings:{ConnectionStringName}, for example 'Data Source=App_Data/interviewprep.db'.");
        var connectionString = ResolveDataSource(configured, builder.Environment.ContentRootPath);

        builder.Services.AddDbContextFactory<AppDbContext>(options => options
            .UseSqlite(connectionString)
            .AddInterceptors(new SqlitePragmaInterceptor()));

        var dataProtection = builder.Services.AddDataProtection()
            .SetApplicationName("InterviewPrep")
            .PersistKeysToDbContext<AppDbContext>();

        // With a certificate, the keys that sign sign-in cookies are stored encrypted: a copy of the database alone
        // (a backup, a stolen disk) then cannot forge a session.
        var certificate = builder.Configuration[DataProtectionCertificatePath];
        if (!string.IsNullOrEmpty(certificate))
        {
            var path = Path.GetFullPath(certificate, builder.Environment.ContentRootPath);
            if (!File.Exists(path))
            {
                throw new InvalidOperationException($"{DataProtectionCertificatePath} names '{path}', which does not exist.");
            }

            dataProtection.ProtectKeysWithCertificate(
                X509CertificateLoader.LoadPkcs12FromFile(path, builder.Configuration[DataProtectionCertificatePassword]));
        }
    }

    /// <summary>Applies pending migrations and switches the database to write-ahead logging.</summary>
    public static async Task MigrateDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Database.MigrateAsync();
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;");
    }

    /// <summary>Makes a relative SQLite file path absolute under the content root and creates its folder.</summary>
    internal static string ResolveDataSource(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (string.IsNullOrEmpty(builder.DataSource) || builder.DataSource == ":memory:" || builder.Mode == SqliteOpenMode.Memory)
        {
            return builder.ToString();
        }

        var path = Path.GetFullPath(builder.DataSource, contentRoot);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        builder.DataSource = path;
        return builder.ToString();
    }
}
