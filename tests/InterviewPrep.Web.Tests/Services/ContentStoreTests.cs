using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace InterviewPrep.Web.Tests.Services;

public sealed class ContentStoreTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "interviewprep-watch-" + Guid.NewGuid().ToString("N"));

    public ContentStoreTests() => Directory.CreateDirectory(Path.Combine(_root, "guides"));

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task WhenWatchingAnEditedFileShowsUpWithoutARestart()
    {
        WriteGuide("first", "First guide");
        using var store = CreateStore(watch: true);
        Assert.Equal("First guide", store.Current.FindGuide("first")!.Title);

        WriteGuide("first", "First guide, revised");
        WriteGuide("second", "Second guide");

        await Eventually.TrueAsync(() => store.Current.FindGuide("second") is not null, "the watcher to load the new guide");
        Assert.Equal("First guide, revised", store.Current.FindGuide("first")!.Title);
        Assert.Equal("Second guide", store.Current.FindGuide("second")!.Title);
    }

    [Fact]
    public async Task WithoutWatchingTheCatalogStaysAsLoadedAtStartup()
    {
        WriteGuide("first", "First guide");
        using var store = CreateStore(watch: false);
        using var watching = CreateStore(watch: true);

        WriteGuide("first", "First guide, revised");

        // The watching store proves the change was seen and reloaded; the other one must not have followed.
        await Eventually.TrueAsync(() => watching.Current.FindGuide("first")!.Title == "First guide, revised", "the watching store to reload");
        Assert.Equal("First guide", store.Current.FindGuide("first")!.Title);
    }

    [Fact]
    public async Task AReloadThatFailsKeepsThePreviousCatalog()
    {
        WriteGuide("first", "First guide");
        using var store = CreateStore(watch: true);

        // A link to nowhere cannot be read: the loader throws instead of reporting a content error.
        File.CreateSymbolicLink(Path.Combine(_root, "guides", "broken.md"), Path.Combine(_root, "missing.md"));
        await Eventually.TrueAsync(() => store.FailedReloads > 0, "the reload to fail");
        WriteGuide("second", "Second guide");

        Assert.Equal("First guide", store.Current.FindGuide("first")!.Title);
        File.Delete(Path.Combine(_root, "guides", "broken.md"));
        await Eventually.TrueAsync(() => store.Current.FindGuide("second") is not null, "the watcher to recover after the link is gone");
    }

    private void WriteGuide(string slug, string title) =>
        File.WriteAllText(Path.Combine(_root, "guides", slug + ".md"), $"---\nslug: {slug}\ntitle: \"{title}\"\nsummary: S\norder: 1\n---\nBody.\n");

    private ContentStore CreateStore(bool watch) => new(
        Options.Create(new ContentOptions { Path = _root, WatchForChanges = watch }),
        new TestHostEnvironment(_root),
        NullLogger<ContentStore>.Instance);

    private sealed class TestHostEnvironment(string root) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Development;

        public string ApplicationName { get; set; } = "InterviewPrep.Web";

        public string ContentRootPath { get; set; } = root;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
