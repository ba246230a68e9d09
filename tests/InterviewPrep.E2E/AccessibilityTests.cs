using Xunit.Abstractions;

namespace InterviewPrep.E2E;

/// <summary>
/// axe-core on every kind of page, as a visitor, a signed-in candidate and an admin would see it,
/// on a desktop and on a phone. Any violation, whatever its impact, fails the run.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed partial class AccessibilityTests(BrowserFixture fixture, ITestOutputHelper output)
{
    private static readonly (string Name, string Url)[] VisitorPages =
    [
        ("home", ""),
        ("principle list", "principles"),
        ("principle detail", "principles/ownership"),
        ("example list", "examples"),
        ("example list, nothing matches", "examples?principle=ownership&verdict=strong&level=entry"),
        ("strong example", "examples/ownership-strong-certificate-expiry"),
        ("weak example", "examples/ownership-weak-payments-outage"),
        ("example with follow-ups", "examples/are-right-a-lot-strong-ranking-launch"),
        ("question list", "questions"),
        ("guide list", "guides"),
        ("search with a query", "search?q=metric"),
        ("search with no match", "search?q=zzzqqq"),
        ("cookie settings", "cookies"),
        ("privacy", "privacy"),
        ("sign in", "Account/Login"),
        ("create account", "Account/Register"),
        ("forgot password", "Account/ForgotPassword"),
        ("forgot password sent", "Account/ForgotPasswordConfirmation"),
        ("locked out", "Account/Lockout"),
        ("reset password", "Account/ResetPassword?code=Y29kZQ"),
        ("reset password, link incomplete", "Account/ResetPassword"),
        ("reset password done", "Account/ResetPasswordConfirmation"),
        ("not found", "no-such-page"),
    ];

    /// <summary>The pages whose look the fixes changed most, saved for a person to check.</summary>
    private static readonly HashSet<string> Screenshots = ["strong example", "weak example", "example with follow-ups", "example list", "guide star-method", "guide levels-entry-to-principal", "not found"];

    /// <summary>Every guide in the content folder, so a new guide is checked the day it is added.</summary>
    private static IEnumerable<(string Name, string Url)> GuidePages =>
        Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Content, "guides"), "*.md")
            .Select(Path.GetFileNameWithoutExtension)
            .Order(StringComparer.Ordinal)
            .Select(slug => ($"guide {slug}", $"guides/{slug}"));

    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task EveryPageHasNoAxeViolations(int width)
    {
        var audit = new AccessibilityAudit(width);

        await AuditVisitorPagesAsync(audit, width);
        await AuditCandidatePagesAsync(audit, width);
        await AuditAdminPagesAsync(audit, width);

        output.WriteLine($"axe ran on {audit.Audited.Count} page states at {width}px:");
        foreach (var line in audit.Audited)
        {
            output.WriteLine(line);
        }

        Assert.True(audit.Failures.Count == 0, audit.Report());
    }

    private async Task AuditVisitorPagesAsync(AccessibilityAudit audit, int width)
    {
        var page = await fixture.NewPageAsync(width);
        var banner = new ConsentBanner(page);
        await audit.CheckAsync(page, "home with the consent banner", "", screenshot: true);
        await banner.Customize.ClickAsync();
        await audit.CheckAsync(page, "consent banner, customizing");
        await banner.ChooseAsync(banner.RejectAll);

        foreach (var (name, url) in VisitorPages.Concat(GuidePages))
        {
            await audit.CheckAsync(page, name, url, screenshot: Screenshots.Contains(name));
        }

        await page.GotoAsync("Account/Login");
        await page.GetByLabel("Email").FillAsync("nobody@example.com");
        await page.GetByLabel("Password").FillAsync("not the password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.Locator(".alert-error")).ToBeVisibleAsync();
        await audit.CheckAsync(page, "sign in, wrong password");

        await page.GotoAsync("Account/Register");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await Expect(page.Locator(".field-error").First).ToBeVisibleAsync();
        await audit.CheckAsync(page, "create account, nothing filled in");

        var practice = new PracticePage(page);
        await practice.OpenAsync();
        await audit.CheckAsync(page, "practice setup, signed out");
        await page.Context.CloseAsync();
    }

    private async Task AuditCandidatePagesAsync(AccessibilityAudit audit, int width)
    {
        var page = await fixture.NewPageAsync(width);
        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        await page.GotoAsync("");
        await new ConsentBanner(page).ChooseAsync(new ConsentBanner(page).RejectAll);
        await new AccountPages(page).RegisterAsync();
        await audit.CheckAsync(page, "story list, empty");

        var editor = new StoryEditorPage(page);
        await editor.OpenNewAsync();
        await audit.CheckAsync(page, "story editor, new");
        await editor.SaveAsync();
        await Expect(page.Locator("#title-error")).ToBeVisibleAsync();
        await audit.CheckAsync(page, "story editor, nothing filled in");
        await editor.FillSampleStoryAsync();
        await editor.SaveAsync();
        await page.WaitForURLAsync(EditUrl());
        await editor.WaitUntilReadyAsync();
        var id = editor.StoryIdFromUrl();
        await editor.Part("Result").FillAsync("Refund timeouts for that merchant fell from 14 a week to zero over the next month.");
        await editor.SaveAsync();
        await Expect(editor.Status).ToContainTextAsync("All changes saved");
        await audit.CheckAsync(page, "story editor, editing", screenshot: true);

        await audit.CheckAsync(page, "story list", "stories");
        await audit.CheckAsync(page, "story detail", $"stories/{id}");
        await audit.CheckAsync(page, "story history", $"stories/{id}/history");
        var revision = await page.Locator(".revision-list li a").Last.GetAttributeAsync("href");
        await audit.CheckAsync(page, "story revision", revision!);
        await audit.CheckAsync(page, "coverage", "stories/coverage", screenshot: true);
        await audit.CheckAsync(page, "import", "stories/import");

        var practice = new PracticePage(page);
        await practice.OpenAsync();
        await audit.CheckAsync(page, "practice setup");
        await practice.StartAsync("Dive Deep", "Senior");
        await practice.Answer.FillAsync(PracticeAnswers.NoBaseline[..200]);
        await audit.CheckAsync(page, "practice, answering a question", screenshot: true);
        await practice.AnswerAsync(PracticeAnswers.NoBaseline);
        await Expect(practice.Eyebrow).ToContainTextAsync("Follow-up 1 of");
        await audit.CheckAsync(page, "practice, answering a follow-up");
        await practice.SkipRemainingFollowUpsAsync();

        await Expect(page.Locator("h1")).ToHaveTextAsync("Scorecard");
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Saved to your progress" })).ToBeVisibleAsync();
        await audit.CheckAsync(page, "practice scorecard", screenshot: true);
        var session = await page.GetByRole(AriaRole.Link, new() { Name = "Open this scorecard later" }).GetAttributeAsync("href");
        await audit.CheckAsync(page, "progress", "practice/progress");
        await audit.CheckAsync(page, "saved scorecard", session!);

        await audit.CheckAsync(page, "manage account", "Account/Manage");
        await audit.CheckAsync(page, "change password", "Account/Manage/ChangePassword");
        await audit.CheckAsync(page, "delete account", "Account/Manage/DeleteAccount");
        await audit.CheckAsync(page, "two-factor authentication", "Account/Manage/TwoFactorAuthentication");
        await audit.CheckAsync(page, "set up an authenticator app", "Account/Manage/EnableAuthenticator");
        await audit.CheckAsync(page, "admin setup", "Account/AdminSetup");
        await page.Context.CloseAsync();
    }

    private async Task AuditAdminPagesAsync(AccessibilityAudit audit, int width)
    {
        await AdminDashboardTests.EnsureAdminAndSampleDataAsync(fixture);
        var page = await fixture.NewPageAsync(width);
        await AdminDashboardTests.SignInToDashboardAsync(page);
        await audit.CheckAsync(page, "admin dashboard", screenshot: true);
        await page.Context.CloseAsync();
    }

    [GeneratedRegex(@"/stories/\d+/edit$")]
    private static partial Regex EditUrl();
}
