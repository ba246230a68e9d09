using InterviewPrep.Core.Content;
using Microsoft.Extensions.Options;

namespace InterviewPrep.Web.Services;

/// <summary>
/// Holds the content catalog, loaded once at startup. When watching for changes, an edit builds a new catalog
/// off to the side and swaps it in whole, so readers always see one consistent catalog.
/// </summary>
public sealed class ContentStore : IDisposable
{
    private static readonly TimeSpan ReloadDelay = TimeSpan.FromMilliseconds(250);

    private readonly ILogger<ContentStore> _logger;
    private readonly FileSystemWatcher? _watcher;
    private readonly Timer? _reloadTimer;
    private ContentCatalog _current;
    private int _failedReloads;

    public ContentStore(IOptions<ContentOptions> options, IHostEnvironment environment, ILogger<ContentStore> logger)
    {
        _logger = logger;
        RootPath = System.IO.Path.GetFullPath(options.Value.Path, environment.ContentRootPath);
        _current = Load();

        if (options.Value.WatchForChanges && Directory.Exists(RootPath))
        {
            _reloadTimer = new Timer(_ => ReloadKeepingCurrentOnFailure());
            _watcher = new FileSystemWatcher(RootPath, "*.md") { IncludeSubdirectories = true };
            _watcher.Changed += OnChanged;
            _watcher.Created += OnChanged;
            _watcher.Deleted += OnChanged;
            _watcher.Renamed += OnChanged;
            _watcher.EnableRaisingEvents = true;
        }
    }

    public string RootPath { get; }

    public ContentCatalog Current => Volatile.Read(ref _current);

    /// <summary>How many watched reloads threw and left the previous catalog in place.</summary>
    public int FailedReloads => Volatile.Read(ref _failedReloads);

    public void Reload() => Volatile.Write(ref _current, Load());

    public void Dispose()
    {
        _watcher?.Dispose();
        _reloadTimer?.Dispose();
    }

    private void OnChanged(object sender, FileSystemEventArgs e) =>
        _reloadTimer?.Change(ReloadDelay, Timeout.InfiniteTimeSpan);

    /// <summary>
    /// An exception on the timer's thread would end the process; a file caught half-written or unreadable must
    /// not take the site down while someone edits content, so the catalog being served stays until the next edit.
    /// </summary>
    private void ReloadKeepingCurrentOnFailure()
    {
        try
        {
            Reload();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            Interlocked.Increment(ref _failedReloads);
            _logger.LogError(exception, "Reloading content from {ContentPath} failed; the previous catalog stays in use.", RootPath);
        }
    }

    private ContentCatalog Load()
    {
        var catalog = ContentLoader.Load(RootPath);
        foreach (var error in catalog.Errors)
        {
            _logger.LogError("Content error, file skipped: {ContentError}", error.ToString());
        }

        _logger.LogInformation(
            "Loaded content from {ContentPath}: {Principles} principles, {Examples} examples, {Guides} guides, {Errors} errors",
            RootPath, catalog.Principles.Count, catalog.Examples.Count, catalog.Guides.Count, catalog.Errors.Count);
        return catalog;
    }
}
