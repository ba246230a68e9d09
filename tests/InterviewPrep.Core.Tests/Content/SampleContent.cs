using System.Text;

namespace InterviewPrep.Core.Tests.Content;

/// <summary>A throwaway content folder with valid samples that each test can break in one way.</summary>
internal sealed class SampleContent : IDisposable
{
    public SampleContent()
    {
        Root = Path.Combine(Path.GetTempPath(), "interviewprep-content-" + Guid.NewGuid().ToString("N"));
        foreach (var folder in new[] { "principles", "examples", "guides", "pages" })
        {
            Directory.CreateDirectory(Path.Combine(Root, folder));
        }
    }

    public string Root { get; }

    public void Write(string relativePath, string text) =>
        File.WriteAllText(Path.Combine(Root, relativePath), text.ReplaceLineEndings("\n"));

    public void Dispose() => Directory.Delete(Root, recursive: true);

    public static string Principle(string slug = "dive-deep", int questions = 6, int probes = 6, int traps = 3, string? related = null, string? body = null, string? critique = null)
    {
        var text = new StringBuilder();
        text.AppendLine("---");
        text.AppendLine($"slug: {slug}");
        text.AppendLine("title: Dive Deep");
        text.AppendLine("summary: \"Know the details.\"");
        text.AppendLine("order: 1");
        text.AppendLine("companies:");
        text.AppendLine("  - company: Amazon");
        text.AppendLine("    name: Dive Deep");
        if (related is not null)
        {
            text.AppendLine($"related: [{related}]");
        }

        if (critique is not null)
        {
            text.AppendLine($"critique: {critique}");
        }

        text.AppendLine("questions:");
        for (var i = 1; i <= questions; i++)
        {
            text.AppendLine($"  - id: question-{i}");
            text.AppendLine($"    text: \"Tell me about a time number {i}.\"");
        }

        text.AppendLine("probes:");
        for (var i = 1; i <= probes; i++)
        {
            text.AppendLine($"  - probe: \"Probe {i}?\"");
            text.AppendLine($"    checks: \"Check {i}.\"");
        }

        text.AppendLine("traps:");
        for (var i = 1; i <= traps; i++)
        {
            text.AppendLine($"  - trap: \"Trap {i}.\"");
            text.AppendLine($"    why: \"Why {i}.\"");
        }

        text.AppendLine("---");
        text.Append(body ?? PrincipleBody);
        return text.ToString();
    }

    public const string PrincipleBody = """
        ## What the interviewer is really testing

        Whether you know the details.

        ## How it is scored at each level

        ### Entry
        Finds the bug.
        ### Mid
        Finds the cause.
        ### Senior
        Finds the pattern.
        ### Principal
        Changes the system.

        ## What gets scored harder at senior

        Depth.

        ## How to pick a story

        Pick a real one.
        """;

    public static string Example(string slug = "dive-deep-weak-cache", string principle = "dive-deep", string[]? quotes = null, string? body = null)
    {
        quotes ??= ["implemented proper TTLs", "We looked at the logs", "improved by 40%", "our product page"];
        var text = new StringBuilder();
        text.AppendLine("---");
        text.AppendLine($"slug: {slug}");
        text.AppendLine("title: \"A cache fix with no numbers\"");
        text.AppendLine($"principle: {principle}");
        text.AppendLine("level: mid");
        text.AppendLine("verdict: weak");
        text.AppendLine("domain: backend");
        text.AppendLine("role: Backend engineer");
        text.AppendLine("question: \"Tell me about a hard problem.\"");
        text.AppendLine("annotations:");
        foreach (var quote in quotes)
        {
            text.AppendLine($"  - quote: \"{quote}\"");
            text.AppendLine($"    note: \"Note on {quote}.\"");
        }

        text.AppendLine("---");
        text.Append(body ?? ExampleBody);
        return text.ToString();
    }

    public const string ExampleBody = """
        ## Situation

        Customers said our product page was slow.

        ## Task

        I had to fix it.

        ## Action

        We looked at the logs and I implemented proper TTLs on the cache.

        ## Result

        Latency improved by 40%.
        """;
}
