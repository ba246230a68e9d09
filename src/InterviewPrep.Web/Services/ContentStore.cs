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

    public ContentStore(IOptions<ContentOptions> options, IHostEnvironment environment, ILogger<ContentStore> logger)
    {
        _logger = logger;
        RootPath = System.IO.Path.GetFullPath(options.Value.Path, environment.ContentRootPath);
        _current = Load();

        if (options.Value.WatchForChanges && Directory.Exists(RootPath))
        {
            _reloadTimer = new Timer(_ => Reload());
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

    public void Reload() => Volatile.Write(ref _current, Load());

    public void Dispose()
    {
        _watcher?.Dispose();
        _reloadTimer?.Dispose();
    }

    private void OnChanged(object sender, FileSystemEventArgs e) =>
        _reloadTimer?.Change(ReloadDelay, Timeout.InfiniteTimeSpan);

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
