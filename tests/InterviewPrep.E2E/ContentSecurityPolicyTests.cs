using System.Collections.Concurrent;

namespace InterviewPrep.E2E;

/// <summary>
/// Real Chromium enforces the app's Content-Security-Policy on every kind of page, through enhanced navigation,
/// the interactive circuit (its WebSocket), the story editor and the mock interview: any violation fails.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed partial class ContentSecurityPolicyTests(BrowserFixture fixture)
{
    // Every new document reports its violations to the test before the page's own scripts run.
    private const string ReportViolations = """
        document.addEventListener('securitypolicyviolation', e => window.__cspViolation(
            `${e.effectiveDirective} refused ${e.blockedURI || 'inline'} on ${location.pathname} (${e.sourceFile}:${e.lineNumber} ${e.sample})`));
        """;

    private static readonly string[] VisitorPages =
    [
        "", "principles", "principles/ownership", "examples", "examples/ownership-strong-certificate-expiry",
        "examples/ownership-weak-payments-outage", "questions", "guides", "search?q=metric", "cookies", "privacy",
        "Account/Login", "Account/Register", "Account/ForgotPassword", "no-such-page",
    ];

    [Fact]
    public async Task NoPageBreaksThePolicy()
    {
        var violations = new ConcurrentQueue<string>();
        var visited = new List<string>();

        await WalkVisitorPagesAsync(await WatchedPageAsync(violations), visited);
        await WalkCandidatePagesAsync(await WatchedPageAsync(violations), visited);
        await WalkAdminPagesAsync(await WatchedPageAsync(violations), visited);

        Assert.True(visited.Count > 30, "Walked only: " + string.Join(", ", visited));
        Assert.True(violations.IsEmpty, $"{violations.Count} violation(s):{Environment.NewLine}{string.Join(Environment.NewLine, violations.Distinct())}");
    }

    /// <summary>Guards the guard: an injected inline script is refused, and the watch sees it.</summary>
    [Fact]
    public async Task AnInjectedInlineScriptIsRefusedAndReported()
    {
        var violations = new ConcurrentQueue<string>();
        var page = await WatchedPageAsync(violations);
        await page.GotoAsync("principles");

        await page.EvaluateAsync("""
            () => {
                const s = document.createElement('script');
                s.textContent = 'window.injected = true;';
                document.body.appendChild(s);
                const d = document.createElement('div');
                d.innerHTML = '<img src="https://evil.example/x.png">';
                document.body.appendChild(d);
            }
            """);

        await Eventually.TrueAsync(() => violations.Count >= 2, "both violations to be reported");
        Assert.False(await page.EvaluateAsync<bool>("() => window.injected === true"));
        Assert.Contains(violations, v => v.StartsWith("script-src-elem refused inline", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.StartsWith("img-src refused https://evil.example/x.png", StringComparison.Ordinal));
        await page.Context.CloseAsync();
    }

    private async Task<IPage> WatchedPageAsync(ConcurrentQueue<string> violations)
    {
        var page = await fixture.NewPageAsync();
        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        await page.Context.ExposeFunctionAsync("__cspViolation", (string report) => violations.Enqueue(report));
        await page.Context.AddInitScriptAsync(ReportViolations);
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.Enqueue($"console on {page.Url}: {message.Text}");
            }
        };
        return page;
    }

    private static async Task VisitAsync(IPage page, List<string> visited, string url)
    {
        var response = await page.GotoAsync(url);
        Assert.NotNull(response);
        visited.Add("/" + url);
    }

    private static async Task WalkVisitorPagesAsync(IPage page, List<string> visited)
    {
        foreach (var url in VisitorPages.Concat(GuidePages()))
        {
            await VisitAsync(page, visited, url);
        }

        // Enhanced navigation: a link click fetches the next page and patches the DOM.
        await page.GotoAsync("");
        await new ConsentBanner(page).ChooseAsync(new ConsentBanner(page).RejectAll);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Principles" }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/principles", StringComparison.Ordinal));
        visited.Add("enhanced navigation to /principles");

        await page.GotoAsync("Account/Login");
        await page.GetByLabel("Email").FillAsync("nobody@example.com");
        await page.GetByLabel("Password").FillAsync("not the password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.Locator(".alert-error")).ToBeVisibleAsync();
        visited.Add("sign in, wrong password");

        var practice = new PracticePage(page);
        await practice.OpenAsync();
        await practice.StartAsync("Dive Deep", "Senior");
        await practice.Answer.FillAsync(PracticeAnswers.NoBaseline[..200]);
        visited.Add("practice, answering as a visitor");
        await page.Context.CloseAsync();
    }

    private static async Task WalkCandidatePagesAsync(IPage page, List<string> visited)
    {
        await page.GotoAsync("");
        await new ConsentBanner(page).ChooseAsync(new ConsentBanner(page).RejectAll);
        await new AccountPages(page).RegisterAsync();
        visited.Add("/stories, empty");

        var editor = new StoryEditorPage(page);
        await editor.OpenNewAsync();
        await editor.FillSampleStoryAsync();
        await editor.SaveAsync();
        await page.WaitForURLAsync(EditUrl());
        await editor.WaitUntilReadyAsync();
        await editor.Part("Result").PressSequentiallyAsync("Timeouts fell from 14 a week to zero.");
        await editor.SaveAsync();
        await Expect(editor.Status).ToContainTextAsync("All changes saved");
        visited.Add("story editor, typing and saving");
        var id = editor.StoryIdFromUrl();

        foreach (var url in new[] { "stories", $"stories/{id}", $"stories/{id}/history", "stories/coverage", "stories/import", "Account/Manage" })
        {
            await VisitAsync(page, visited, url);
        }

        var practice = new PracticePage(page);
        await practice.OpenAsync();
        await practice.StartAsync("Dive Deep", "Senior");
        await practice.AnswerAsync(PracticeAnswers.NoBaseline);
        await Expect(practice.Eyebrow).ToContainTextAsync("Follow-up 1 of");
        await practice.SkipRemainingFollowUpsAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Scorecard");
        visited.Add("practice through to the scorecard");
        await VisitAsync(page, visited, "practice/progress");
        await page.Context.CloseAsync();
    }

    private async Task WalkAdminPagesAsync(IPage page, List<string> visited)
    {
        await AdminDashboardTests.EnsureAdminAndSampleDataAsync(fixture);
        await AdminDashboardTests.SignInToDashboardAsync(page);
        await Expect(page.Locator("h1")).ToBeVisibleAsync();
        visited.Add("/admin/analytics");
        await page.Context.CloseAsync();
    }

    private static IEnumerable<string> GuidePages() =>
        Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Content, "guides"), "*.md")
            .Select(Path.GetFileNameWithoutExtension)
            .Order(StringComparer.Ordinal)
            .Select(slug => $"guides/{slug}");

    [GeneratedRegex(@"/stories/\d+/edit$")]
    private static partial Regex EditUrl();
}
