using System.Text;

namespace InterviewPrep.Tests;

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

    public static string Principle(string slug = "dive-deep", int questions = 6, int probes = 6, int traps = 3, string? related = null, string? body = null, string? critique = null, string? moreCompanies = null)
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
        text.AppendLine("    source: \"https://www.amazon.jobs/content/en/our-workplace/leadership-principles\"");
        text.AppendLine("    checked: 2026-03-09");
        if (moreCompanies is not null)
        {
            text.Append(moreCompanies);
        }

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

    public static string Example(string slug = "dive-deep-weak-invoice-export", string principle = "dive-deep", string[]? quotes = null, string? body = null, string? transcript = null)
    {
        quotes ??= ["added retries around the upload step", "We went through the job's output", "a lot more stable", "it was probably a timeout"];
        var text = new StringBuilder();
        text.AppendLine("---");
        text.AppendLine($"slug: {slug}");
        text.AppendLine("title: \"An export fix with no cause behind it\"");
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

        if (transcript is not null)
        {
            text.Append(transcript);
        }

        text.AppendLine("---");
        text.Append(body ?? ExampleBody);
        return text.ToString();
    }

    public const string FirstProbe = "How did you know it was a timeout?";

    public const string FirstReply = "I didn't check it directly, to be honest. The failures happened at night and the partner's API is slow at times, so a timeout seemed the likeliest cause. After I raised the limit and added the retries the tickets stopped, which I took as confirmation that the guess was right.";

    public const string SecondProbe = "Could a retry send the same invoice twice?";

    public const string SecondReply = "I think the partner ignores duplicates, though I would have to look at their documentation again to be sure. Finance has not reported a double charge since the change went in, so I assume it is fine, but I never tested that case on purpose.";

    /// <summary>A valid two-turn transcript: two notes on the first reply, one on the second.</summary>
    public static string Transcript() => Transcript(
        Turn(FirstProbe, FirstReply, "which I took as confirmation", "I didn't check it directly"),
        Turn(SecondProbe, SecondReply, "I would have to look at their documentation again"));

    /// <summary>The <c>transcript</c> field, from line 19 of an <see cref="Example"/> with four annotations.</summary>
    public static string Transcript(params string[] turns) => "transcript:\n" + string.Concat(turns);

    /// <summary>One turn in YAML: probe, reply and annotations on consecutive lines; no quotes writes an empty list.</summary>
    public static string Turn(string probe, string reply, params string[] quotes)
    {
        var text = new StringBuilder();
        text.AppendLine($"  - probe: \"{probe}\"");
        text.AppendLine($"    reply: \"{reply}\"");
        text.AppendLine(quotes.Length == 0 ? "    annotations: []" : "    annotations:");
        foreach (var quote in quotes)
        {
            text.AppendLine($"      - quote: \"{quote}\"");
            text.AppendLine($"        note: \"Note on {quote}.\"");
        }

        return text.ToString();
    }

    /// <summary>A weak answer of 182 words (about 78 s spoken): inside the length rule, with every sample quote once.</summary>
    public const string ExampleBody = """
        ## Situation

        Last spring the nightly job that sends invoices to our accounting partner started failing about twice a week. Finance noticed first, because the partner's totals stopped matching ours, and the ticket came to my team. Nobody had changed the job in months, so it was a bit of a mystery.

        ## Task

        I was asked to make the export reliable again before the quarter closed, which gave me about three weeks.

        ## Action

        We went through the job's output and the database for a few days. I thought it was probably a timeout, so I raised the timeout on the partner's API client and added retries around the upload step. I also added more logging so that the next failure would be easier to read. After that I spent some time cleaning up the job's code, because it was old and hard to follow, and I moved a couple of settings into configuration.

        ## Result

        The export has been a lot more stable since then and finance stopped raising tickets about it. The team liked the cleanup, and I learned a lot about how the accounting integration works.
        """;

    /// <summary>The same story told in 38 words, about 16 s: under the one-minute floor.</summary>
    public const string ShortExampleBody = """
        ## Situation

        The invoice export started failing.

        ## Task

        I had to fix it.

        ## Action

        We went through the job's output. I decided it was probably a timeout and added retries around the upload step.

        ## Result

        It has been a lot more stable since.
        """;
}
