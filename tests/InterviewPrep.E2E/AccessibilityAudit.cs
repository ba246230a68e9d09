using System.Diagnostics;
using System.Globalization;
using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace InterviewPrep.E2E;

/// <summary>
/// Runs axe-core on pages as they stand and collects every violation, of any impact, so that one run
/// reports all that is wrong instead of stopping at the first page.
/// </summary>
internal sealed class AccessibilityAudit(int width)
{
    // Passes and incomplete results are large and only slow the run down; violations are what the test asserts on.
    // The app has no iframes.
    private static readonly AxeRunOptions Options = new() { ResultTypes = [ResultType.Violations], Iframes = false };

    private readonly List<string> _failures = [];
    private readonly List<string> _audited = [];

    public IReadOnlyList<string> Failures => _failures;

    public IReadOnlyList<string> Audited => _audited;

    /// <summary>Runs axe on the page in its current state and records what it finds under <paramref name="name"/>.</summary>
    /// <param name="screenshot">Also save a full-page screenshot, for a person to look at how the page reads.</param>
    public async Task CheckAsync(IPage page, string name, bool screenshot = false)
    {
        if (screenshot)
        {
            var file = $"a11y-{string.Join('-', name.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries))}-{width}.png";
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, file), FullPage = true });
        }

        var started = Stopwatch.GetTimestamp();
#pragma warning disable CS0618 // Justification: the default mode finishes every run in a fresh blank page, four times slower over ~90 page states; these pages have no frames, the one case legacy mode cannot handle.
        var result = await page.RunAxeLegacy(options: Options);
#pragma warning restore CS0618
        _audited.Add($"{name}: {Stopwatch.GetElapsedTime(started).TotalMilliseconds:F0} ms");
        foreach (var violation in result.Violations)
        {
            _failures.Add(Describe(name, page.Url, violation));
        }
    }

    /// <summary>Opens <paramref name="url"/>, waits for it to load, then checks it.</summary>
    public async Task CheckAsync(IPage page, string name, string url, bool screenshot = false)
    {
        var response = await page.GotoAsync(url);
        if (response is null || (response.Status >= 400 && response.Status != 404))
        {
            _failures.Add($"{name} ({url}): the page answered {response?.Status.ToString(CultureInfo.InvariantCulture) ?? "nothing"}.");
            return;
        }

        await CheckAsync(page, name, screenshot);
    }

    public string Report()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{_failures.Count} axe violation(s) at {width}px across {_audited.Count} page states:");
        foreach (var failure in _failures)
        {
            text.AppendLine().AppendLine().Append(failure);
        }

        return text.ToString();
    }

    private static string Describe(string name, string url, AxeResultItem violation)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{name} ({new Uri(url).PathAndQuery}): {violation.Id} [{violation.Impact}] {violation.Help} ({violation.HelpUrl})");
        foreach (var node in violation.Nodes)
        {
            text.AppendLine().Append(CultureInfo.InvariantCulture, $"    at {node.Target}: {Shorten(node.Html)}");
            // For an "any" check one message is enough: they all say the same thing in different ways.
            var checks = (node.Any ?? []).Take(1).Concat(node.All ?? []).Concat(node.None ?? []).Select(check => check.Message).Distinct();
            text.AppendLine().Append("       ").AppendJoin("; ", checks);
        }

        return text.ToString();
    }

    private static string Shorten(string html) => html.Length <= 160 ? html : string.Concat(html.AsSpan(0, 157), "...");
}
