namespace InterviewPrep.Tests;

/// <summary>Finds the repository's folders from wherever the test assembly runs.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Content => Path.Combine(Root, "content");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "InterviewPrep.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"InterviewPrep.sln was not found above {AppContext.BaseDirectory}.");
    }
}
