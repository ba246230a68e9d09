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
