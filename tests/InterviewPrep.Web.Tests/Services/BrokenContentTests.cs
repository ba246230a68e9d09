namespace InterviewPrep.Web.Tests.Services;

public sealed class BrokenContentTests : IDisposable
{
    private readonly string _content = Path.Combine(Path.GetTempPath(), "interviewprep-broken-" + Guid.NewGuid().ToString("N"));

    public BrokenContentTests()
    {
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Content, "*.md", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_content, Path.GetRelativePath(RepositoryPaths.Content, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var frugality = Path.Combine(_content, "principles", "frugality.md");
        File.WriteAllText(frugality, File.ReadAllText(frugality).Replace("title: Frugality", "title: [Frugality", StringComparison.Ordinal));
    }

    public void Dispose() => Directory.Delete(_content, recursive: true);

    [Fact]
    public async Task ABrokenFileIsSkippedTheRestOfTheSiteWorksAndHealthIsDegraded()
    {
        // On a real socket from this machine, which may see the checks' details.
        using var factory = new TestAppFactory(useKestrel: true, environment: "Production", contentPath: _content);
        using var client = new HttpClient { BaseAddress = factory.ServerAddress };

        var (principles, list) = await HtmlPage.GetAsync(client, "/principles");
        var missing = await client.GetAsync(new Uri("/principles/frugality", UriKind.Relative));
        var health = await client.GetStringAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, principles.StatusCode);
        Assert.Equal(16, list.QuerySelectorAll(".principle-card").Length);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("\"status\": \"Degraded\"", health, StringComparison.Ordinal);
        Assert.Contains("principles/frugality.md:", health, StringComparison.Ordinal);
    }
}
