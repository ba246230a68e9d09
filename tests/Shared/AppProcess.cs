using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;

namespace InterviewPrep.Tests;

/// <summary>
/// The real app as its own operating-system process on a loopback port, for what an in-process server cannot
/// show: a kill -9, a restart on the same port and database, several instances side by side. It runs the build
/// of the Web project that the test project references, with the same settings as <see cref="TestAppFactory"/>.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private static readonly HttpClient Probe = new() { Timeout = TimeSpan.FromSeconds(2) };

    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly string _environment;
    private readonly List<string> _output = [];
    private Process? _process;

    /// <param name="dataDirectory">An existing data folder, to start on a database another process made.</param>
    /// <param name="port">A fixed port, e.g. the one a previous process used; by default a free one.</param>
    public AppProcess(
        IReadOnlyDictionary<string, string?>? settings = null,
        string? dataDirectory = null,
        int? port = null,
        string environment = "Production")
    {
        _settings = settings ?? new Dictionary<string, string?>();
        _environment = environment;
        DataDirectory = dataDirectory ?? Path.Combine(Path.GetTempPath(), "interviewprep-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(DataDirectory);
        Port = port ?? FreePort();
    }

    public string DataDirectory { get; }

    public string DatabasePath => Path.Combine(DataDirectory, "app.db");

    public int Port { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/");

    public bool IsRunning => _process is { HasExited: false };

    /// <summary>What the process wrote so far, for a failing test's message.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return string.Join('\n', _output.TakeLast(60));
            }
        }
    }

    /// <summary>Starts the process and waits until <c>/healthz</c> answers 200 (migrations done, content loaded).</summary>
    public async Task StartAsync(TimeSpan? timeout = null)
    {
        if (IsRunning)
        {
            throw new InvalidOperationException("The app process is already running.");
        }

        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "InterviewPrep.Web.dll"));
        foreach (var (key, value) in Settings())
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        var clock = Stopwatch.StartNew();
        while (!await IsHealthyAsync())
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The app process exited with code {_process.ExitCode}:\n{Output}");
            }

            if (clock.Elapsed > (timeout ?? TimeSpan.FromSeconds(60)))
            {
                throw new TimeoutException($"The app process did not answer /healthz within {clock.Elapsed.TotalSeconds:0} s:\n{Output}");
            }

            await Task.Delay(100);
        }
    }

    /// <summary>SIGKILL: no shutdown hooks, no flushing; what the disk has is all there is.</summary>
    public async Task KillAsync()
    {
        if (_process is null)
        {
            return;
        }

        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
        _process = null;
    }

    public SqliteConnection OpenDatabase()
    {
        var connection = new SqliteConnection($"Data Source={DatabasePath}");
        connection.Open();
        return connection;
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // The OS temp cleaner takes what a dying process still held.
        }
    }

    private IEnumerable<KeyValuePair<string, string?>> Settings()
    {
        var own = new Dictionary<string, string?>
        {
            ["ASPNETCORE_ENVIRONMENT"] = _environment,
            ["ASPNETCORE_URLS"] = BaseAddress.ToString().TrimEnd('/'),
            ["ConnectionStrings:Default"] = $"Data Source={DatabasePath}",
            ["Content:Path"] = RepositoryPaths.Content,
            ["Content:WatchForChanges"] = "false",
            ["WebUi:ServeBuildAssets"] = "true",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:InterviewPrep"] = "Information",
        };
        return own
            .Concat(TestAppFactory.TestDefaults.Where(d => !_settings.ContainsKey(d.Key)))
            .Concat(_settings);
    }

    private async Task<bool> IsHealthyAsync()
    {
        try
        {
            using var response = await Probe.GetAsync(new Uri(BaseAddress, "healthz"));
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Add(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
