using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewPrep.Tests;

/// <summary>
/// The real app with its own SQLite file in a fresh temp folder and the repository's content. With
/// <c>useKestrel</c> it listens on a free loopback port, for a real browser.
/// </summary>
public sealed class TestAppFactory : WebApplicationFactory<Program>
{
    private readonly string _environment;
    private readonly string _contentPath;
    private readonly IReadOnlyDictionary<string, string?> _settings;

    public TestAppFactory()
        : this(useKestrel: false)
    {
    }

    /// <param name="settings">Extra configuration, e.g. <c>["Consent:Revision"] = "2"</c>; applied last, so it wins.</param>
    /// <param name="dataDirectory">An existing data folder, to start a second app on the same database (a restart).</param>
    internal TestAppFactory(
        bool useKestrel,
        string environment = "Production",
        string? contentPath = null,
        IReadOnlyDictionary<string, string?>? settings = null,
        string? dataDirectory = null)
    {
        _environment = environment;
        _contentPath = contentPath ?? RepositoryPaths.Content;
        _settings = settings ?? new Dictionary<string, string?>();
        DataDirectory = dataDirectory ?? Path.Combine(Path.GetTempPath(), "interviewprep-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(DataDirectory);
        if (useKestrel)
        {
            UseKestrel(0);
        }
        else
        {
            // Production cookies are Secure; a browser behind TLS sends them back, and so does this client.
            ClientOptions.BaseAddress = new Uri("https://localhost");
        }
    }

    /// <summary>
    /// Settings every test app starts with, before a test's own: the log stands in for SMTP, and the throttle is
    /// far above what a test class's many sign-ups from one address need. Tests of those defences set them back.
    /// </summary>
    public static IReadOnlyDictionary<string, string?> TestDefaults { get; } = new Dictionary<string, string?>
    {
        ["Email:AllowLogOnly"] = "true",
        ["RateLimits:AccountAttemptsPerAddress"] = "100000",
        ["RateLimits:AccountAttemptsPerEmail"] = "100000",
        ["RateLimits:AnonymousWritesPerAddress"] = "100000",
    };

    public string DataDirectory { get; }

    public string DatabasePath => Path.Combine(DataDirectory, "app.db");

    /// <summary>The loopback address Kestrel listens on; starts the server on first use.</summary>
    public Uri ServerAddress
    {
        get
        {
            StartServer();
            var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
        }
    }

    public SqliteConnection OpenDatabase()
    {
        var connection = new SqliteConnection($"Data Source={DatabasePath}");
        connection.Open();
        return connection;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);

        // Outside Development the app serves the published wwwroot; tests run from bin, so map the build's assets.
        builder.UseStaticWebAssets();
        builder.UseSetting("ConnectionStrings:Default", $"Data Source={DatabasePath}");
        builder.UseSetting("Content:Path", _contentPath);
        builder.UseSetting("Content:WatchForChanges", "false");
        foreach (var (key, value) in TestDefaults.Where(d => !_settings.ContainsKey(d.Key)).Concat(_settings))
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>Keep the data folder on dispose, to start a second app on the same database (a restart).</summary>
    public bool KeepData { get; set; }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && !KeepData)
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open by a finishing request; the OS temp cleaner takes it later.
            }
        }
    }
}
