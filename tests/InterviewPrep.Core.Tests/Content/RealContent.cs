using InterviewPrep.Tests;

namespace InterviewPrep.Core.Tests.Content;

/// <summary>The repository's own content/ folder, loaded once for every test that reads it.</summary>
internal static class RealContent
{
    private static readonly Lazy<ContentCatalog> Loaded = new(() => ContentLoader.Load(RepositoryPaths.Content));

    public static ContentCatalog Catalog => Loaded.Value;
}
