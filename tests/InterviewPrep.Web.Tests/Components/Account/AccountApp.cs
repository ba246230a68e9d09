using System.Collections.Concurrent;
using AngleSharp.Dom;
using InterviewPrep.Web.Components.Account;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace InterviewPrep.Web.Tests.Components.Account;

/// <summary>
/// The real app for account attacks: its own database, an outbox in place of the SMTP server (the only part
/// replaced), the log captured, and optionally a clock the test moves. <c>emailOn</c> sets <c>Email:SmtpHost</c>,
/// which turns on email confirmation, and <c>App:PublicBaseUrl</c>, which production then requires.
/// </summary>
internal sealed class AccountApp : IDisposable
{
    public const string PublicBaseUrl = "https://interviewprep.example/";

    private readonly TestAppFactory _app;

    public AccountApp(
        bool emailOn,
        IReadOnlyDictionary<string, string?>? settings = null,
        bool fakeClock = false,
        string? dataDirectory = null,
        string environment = "Production",
        string? publicBaseUrl = PublicBaseUrl)
    {
        var all = new Dictionary<string, string?>();
        if (emailOn)
        {
            all["Email:SmtpHost"] = "smtp.invalid";
            all["App:PublicBaseUrl"] = publicBaseUrl;
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        Clock = fakeClock ? new FakeTimeProvider(DateTimeOffset.UtcNow) : null;
        _app = new TestAppFactory(useKestrel: false, environment: environment, settings: all, dataDirectory: dataDirectory);
        Web = _app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            if (emailOn)
            {
                services.AddSingleton<IAccountEmailSender>(Outbox);
            }

            if (Clock is not null)
            {
                services.AddSingleton<TimeProvider>(Clock);
            }

            services.AddSingleton<ILoggerProvider>(Logs);
        }));
    }

    public WebApplicationFactory<Program> Web { get; }

    public TestAppFactory Factory => _app;

    public Outbox Outbox { get; } = new();

    public LogCapture Logs { get; } = new();

    public FakeTimeProvider? Clock { get; }

    public bool KeepData
    {
        get => _app.KeepData;
        set => _app.KeepData = value;
    }

    /// <summary>The address tests reach the app at (its scheme follows the factory's, which matters for Secure cookies).</summary>
    public Uri BaseAddress => _app.ClientOptions.BaseAddress;

    /// <summary>A browser: its own cookie jar, no automatic redirects; <paramref name="host"/> forges the Host header.</summary>
    public FormClient NewBrowser(string? host = null) =>
        new(_app, Web.CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            HandleCookies = true,
            BaseAddress = host is null ? BaseAddress : new UriBuilder(BaseAddress) { Host = host }.Uri,
        }));

    /// <summary>A client that sends only the cookies a test hands it, like curl with a copied cookie.</summary>
    public HttpClient NewCurl() => Web.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = BaseAddress });

    public T Service<T>(Func<IServiceProvider, T> read)
    {
        using var scope = Web.Services.CreateScope();
        return read(scope.ServiceProvider);
    }

    public async Task<T> ServiceAsync<T>(Func<IServiceProvider, Task<T>> act)
    {
        await using var scope = Web.Services.CreateAsyncScope();
        return await act(scope.ServiceProvider);
    }

    public static UserManager<ApplicationUser> Users(IServiceProvider services) => services.GetRequiredService<UserManager<ApplicationUser>>();

    /// <summary>An account made directly in the store, its address already confirmed.</summary>
    public Task<ApplicationUser> CreateUserAsync(string email, bool confirmed = true, string password = FormClient.Password) =>
        ServiceAsync(async services =>
        {
            var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = confirmed };
            var result = await Users(services).CreateAsync(user, password);
            Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
            return user;
        });

    public Task<ApplicationUser> FindUserAsync(string email) =>
        ServiceAsync(async services => (await Users(services).FindByEmailAsync(email))!);

    public Task<bool> IsAdminAsync(string email) =>
        ServiceAsync(async services =>
        {
            var users = Users(services);
            return await users.IsInRoleAsync((await users.FindByEmailAsync(email))!, InterviewPrep.Web.Hosting.AccountExtensions.AdminRole);
        });

    public void Dispose()
    {
        Web.Dispose();
        _app.Dispose();
    }
}

/// <summary>What the app would have emailed, with the links in each message.</summary>
internal sealed class Outbox : IAccountEmailSender
{
    public ConcurrentQueue<(string To, string Kind, string Link)> Sent { get; } = new();

    public IEnumerable<string> Links(string to, string kind) => Sent.Where(m => m.To == to && m.Kind == kind).Select(m => m.Link);

    public Task SendConfirmationLinkAsync(ApplicationUser user, string email, string confirmationLink) => Add(email, "confirm", confirmationLink);

    public Task SendPasswordResetLinkAsync(ApplicationUser user, string email, string resetLink) => Add(email, "reset", resetLink);

    public Task SendPasswordResetCodeAsync(ApplicationUser user, string email, string resetCode) => Add(email, "reset-code", resetCode);

    public Task SendAlreadyRegisteredAsync(ApplicationUser user, string email, string resetLink) => Add(email, "already-registered", resetLink);

    private Task Add(string to, string kind, string link)
    {
        Sent.Enqueue((to, kind, link));
        return Task.CompletedTask;
    }
}

/// <summary>Every log line the app writes, formatted.</summary>
internal sealed class LogCapture : ILoggerProvider
{
    public ConcurrentQueue<string> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    public void Dispose()
    {
    }

    private sealed class Logger(LogCapture capture) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            capture.Lines.Enqueue(formatter(state, exception));
    }
}

/// <summary>Signing in and the account pages, as a person with a browser would use them.</summary>
internal static class AccountFlows
{
    public static Task<HttpResponseMessage> PostAsync(this FormClient client, string url, IReadOnlyDictionary<string, string>? values = null, string formSelector = "main form") =>
        client.SubmitAsync(url, formSelector, values ?? new Dictionary<string, string>());

    public static async Task<IDocument> PageAsync(this FormClient client, string url)
    {
        var (_, page) = await HtmlPage.GetAsync(client.Http, url);
        return page;
    }

    public static async Task<IDocument> ReadAsync(this HttpResponseMessage response) =>
        new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

    /// <summary>The Set-Cookie values of a response as one Cookie header, which is what someone copying the cookie would send.</summary>
    public static string CopyCookies(this HttpResponseMessage response) =>
        string.Join("; ", response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Where(c => !c.EndsWith('=')));

    public static async Task<HttpResponseMessage> GetWithCookieAsync(this HttpClient curl, string url, string cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        request.Headers.Add("Cookie", cookie);
        return await curl.SendAsync(request);
    }

    public static Task<HttpResponseMessage> SignOutAsync(this FormClient client) =>
        client.SubmitAsync("/Account/Manage", "form[action='Account/Logout']", new Dictionary<string, string>());

    /// <summary>Turns on two-factor authentication through the pages, and returns the shared key and the recovery codes shown.</summary>
    public static async Task<(string Key, IReadOnlyList<string> RecoveryCodes)> EnableTwoFactorAsync(this FormClient client)
    {
        var setup = await client.PageAsync("/Account/Manage/EnableAuthenticator");
        var key = setup.QuerySelector("[data-testid=shared-key]")!.TextContent.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        var enabled = await client.PostAsync("/Account/Manage/EnableAuthenticator", new Dictionary<string, string> { ["Input.Code"] = Totp.Now(key) }, "form.form-card");
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        var page = await enabled.ReadAsync();
        var codes = page.QuerySelectorAll("[data-testid=recovery-codes] code").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(10, codes.Count);
        return (key, codes);
    }
}
