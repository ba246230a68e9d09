using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;

namespace InterviewPrep.Web.Tests.Hosting;

public sealed class DatabaseTests
{
    [Fact]
    public async Task StartingTheAppMigratesAFreshDatabaseFileInWalMode()
    {
        using var factory = new TestAppFactory();
        Assert.False(File.Exists(factory.DatabasePath));

        using var client = factory.CreateClient();
        await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.True(File.Exists(factory.DatabasePath));
        using var db = factory.OpenDatabase();
        var tables = Query(db, "SELECT name FROM sqlite_master WHERE type = 'table'");
        Assert.Contains("__EFMigrationsHistory", tables);
        Assert.Contains("DataProtectionKeys", tables);
        Assert.NotEmpty(Query(db, "SELECT MigrationId FROM __EFMigrationsHistory"));
        Assert.Equal("wal", Query(db, "PRAGMA journal_mode").Single());
    }

    [Fact]
    public async Task DataProtectionKeysAreKeptInTheDatabase()
    {
        using var factory = new TestAppFactory();
        using var client = factory.CreateClient();

        await client.GetAsync(new Uri("/", UriKind.Relative));
        factory.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("hello");

        using var db = factory.OpenDatabase();
        Assert.NotEmpty(Query(db, "SELECT FriendlyName FROM DataProtectionKeys"));
    }

    [Fact]
    public async Task WithACertificateTheKeysAreStoredEncryptedAndStillSignCookies()
    {
        var folder = Directory.CreateTempSubdirectory("interviewprep-cert").FullName;
        var pfx = Path.Combine(folder, "keys.pfx");
        using (var rsa = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=InterviewPrep keys", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
            await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pfx, "pfx password"));
        }

        using var factory = new TestAppFactory(useKestrel: false, settings: new Dictionary<string, string?>
        {
            ["DataProtection:CertificatePath"] = pfx,
            ["DataProtection:CertificatePassword"] = "pfx password",
        });
        var protector = factory.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test");

        var secret = protector.Protect("hello");

        Assert.Equal("hello", protector.Unprotect(secret));
        using var db = factory.OpenDatabase();
        var key = Assert.Single(Query(db, "SELECT Xml FROM DataProtectionKeys"));
        Assert.Contains("<encryptedSecret", key, StringComparison.Ordinal);
        Assert.DoesNotContain("<masterKey", key, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutACertificateTheKeysAreStoredInTheClear()
    {
        using var factory = new TestAppFactory();
        factory.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("hello");

        using var db = factory.OpenDatabase();
        Assert.Contains("<masterKey", Assert.Single(Query(db, "SELECT Xml FROM DataProtectionKeys")), StringComparison.Ordinal);
    }

    private static List<string> Query(SqliteConnection db, string sql)
    {
        using var command = db.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var result = new List<string>();
        while (reader.Read())
        {
            result.Add(reader.GetString(0));
        }

        return result;
    }
}
