namespace InterviewPrep.E2E;

/// <summary>
/// One real app on a free loopback port with its own temp database, and one Debian Chromium driven by
/// Playwright, shared by the browser tests. Each test gets a fresh browser context (a fresh profile).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
    ];

    private IPlaywright? _playwright;

    /// <summary>The dashboard tests' admin is listed in Admin:Emails; two-factor sign-in is covered by the HTTP tests.</summary>
    public TestAppFactory App { get; } = new(useKestrel: true, settings: new Dictionary<string, string?>
    {
        ["Admin:Emails:0"] = AdminDashboardTests.AdminEmail,
        ["Admin:RequireTwoFactor"] = "false",
    });

    public IBrowser Browser { get; private set; } = default!;

    public Uri BaseAddress { get; private set; } = default!;

    /// <summary>Where screenshots go, for people to look at after a run.</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(RepositoryPaths.Root, "artifacts", "screenshots");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"The browser tests need Chromium at {ChromiumPath}. Install it with 'apt-get install -y chromium' (./test.sh does this when run as root).");
        }

        BaseAddress = App.ServerAddress;
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
        Directory.CreateDirectory(ScreenshotFolder);
    }

    /// <param name="configure">Changes to the fresh profile, e.g. extra request headers or JavaScript off.</param>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900, Action<BrowserNewContextOptions>? configure = null)
    {
        var options = new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
        };
        configure?.Invoke(options);
        var context = await Browser.NewContextAsync(options);
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        await App.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserTests : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
