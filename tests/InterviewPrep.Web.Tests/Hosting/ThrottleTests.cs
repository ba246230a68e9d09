using System.Globalization;
using System.Net.Http.Json;

namespace InterviewPrep.Web.Tests.Hosting;

/// <summary>
/// Brute force and spraying against the account forms, from one address and against one account, over real
/// sockets with the limits the app ships with.
/// </summary>
public sealed class ThrottleTests
{
    private const string WrongPassword = "not the password at all";

    private static readonly RateLimitOptions Shipped = new();

    /// <summary>The shipped limits (TestAppFactory raises them for other tests), with <paramref name="extra"/> settings.</summary>
    internal static Dictionary<string, string?> ShippedLimits(params (string Key, string Value)[] extra)
    {
        var settings = new Dictionary<string, string?>
        {
            ["RateLimits:AccountAttemptsPerAddress"] = Shipped.AccountAttemptsPerAddress.ToString(CultureInfo.InvariantCulture),
            ["RateLimits:AccountAttemptsPerEmail"] = Shipped.AccountAttemptsPerEmail.ToString(CultureInfo.InvariantCulture),
            ["RateLimits:AnonymousWritesPerAddress"] = Shipped.AnonymousWritesPerAddress.ToString(CultureInfo.InvariantCulture),
        };
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }

        return settings;
    }

    [Fact]
    public async Task TheEleventhSignInFromOneAddressGets429WithRetryAfterEvenWithTheRightPassword()
    {
        using var app = new TestAppFactory(useKestrel: true, settings: ShippedLimits());
        using var curl = new Curl(app);
        var victim = await RegisterAsync(app, "victim@example.com");
        var form = await curl.FormAsync("/Account/Login");

        var answers = new List<HttpResponseMessage>();
        for (var attempt = 1; attempt <= 25; attempt++)
        {
            // Credential stuffing: a different account each time, so only the per-address limit can stop it.
            var email = attempt == 12 ? victim : $"guess-{attempt}@example.com";
            var password = attempt == 12 ? FormClient.Password : WrongPassword;
            answers.Add(await curl.PostAsync("/Account/Login", SignIn(form, email, password)));
        }

        Assert.Equal(10, Shipped.AccountAttemptsPerAddress);
        Assert.All(answers.Take(10), a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        Assert.All(answers.Skip(10), a => Assert.Equal(HttpStatusCode.TooManyRequests, a.StatusCode));
        AssertRetryAfterWithin(answers[10], TimeSpan.FromMinutes(Shipped.AccountAddressWindowMinutes));
        Assert.Contains("Too many attempts", await answers[10].Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("text/html", answers[10].Content.Headers.ContentType?.MediaType);
        SecurityHeadersTests.AssertSecurityHeaders(answers[10]);
        Assert.False(curl.HasCookie("InterviewPrep.Auth"), "The right password got through the throttle.");
    }

    [Fact]
    public async Task SignInsForOneAccountFromManyAddressesAreCappedPerAccount()
    {
        // A trusted proxy on loopback, so each attempt really comes from another client address.
        using var app = new TestAppFactory(useKestrel: true, settings: ShippedLimits(("ForwardedHeaders:KnownProxies:0", "127.0.0.1")));
        using var curl = new Curl(app);
        var victim = await RegisterAsync(app, "Spray.Target@Example.com");
        var form = await curl.FormAsync("/Account/Login");

        var answers = new List<HttpResponseMessage>();
        string? lockedUntil = null;
        for (var attempt = 1; attempt <= 12; attempt++)
        {
            // The same account in another case: one account for Identity, so one for the limit.
            var email = attempt % 2 == 0 ? victim.ToUpperInvariant() : victim;
            answers.Add(await curl.PostAsync("/Account/Login", SignIn(form, email, WrongPassword), forwardedFor: $"198.51.100.{attempt}"));
            if (attempt == Shipped.AccountAttemptsPerEmail)
            {
                lockedUntil = LockoutEnd(app, victim);
            }
        }

        // The right password, padded with spaces, from a fresh address: still the same account's limit.
        var refused = await curl.PostAsync("/Account/Login", SignIn(form, $"  {victim} ", FormClient.Password), forwardedFor: "198.51.100.200");

        Assert.All(answers.Take(Shipped.AccountAttemptsPerEmail), a => Assert.NotEqual(HttpStatusCode.TooManyRequests, a.StatusCode));
        Assert.All(answers.Skip(Shipped.AccountAttemptsPerEmail), a => Assert.Equal(HttpStatusCode.TooManyRequests, a.StatusCode));
        AssertRetryAfterWithin(answers[Shipped.AccountAttemptsPerEmail], TimeSpan.FromMinutes(Shipped.AccountEmailWindowMinutes));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.False(curl.HasCookie("InterviewPrep.Auth"));
        // Refused attempts never reach Identity: the lockout they would have extended stays as it was.
        Assert.NotNull(lockedUntil);
        Assert.Equal(lockedUntil, LockoutEnd(app, victim));
    }

    [Fact]
    public async Task AForgedForwardedForFromAnUntrustedClientChangesNothing()
    {
        using var app = new TestAppFactory(useKestrel: true, settings: ShippedLimits());
        using var curl = new Curl(app);
        var form = await curl.FormAsync("/Account/Login");

        var answers = new List<HttpResponseMessage>();
        for (var attempt = 1; attempt <= 25; attempt++)
        {
            answers.Add(await curl.PostAsync("/Account/Login", SignIn(form, $"guess-{attempt}@example.com", WrongPassword), forwardedFor: $"203.0.113.{attempt}"));
        }

        Assert.All(answers.Take(Shipped.AccountAttemptsPerAddress), a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        Assert.All(answers.Skip(Shipped.AccountAttemptsPerAddress), a => Assert.Equal(HttpStatusCode.TooManyRequests, a.StatusCode));
    }

    [Fact]
    public async Task RegistrationsFromOneAddressAreCappedAndTheRefusedOnesCreateNoAccount()
    {
        using var app = new TestAppFactory(useKestrel: true, settings: ShippedLimits());
        using var curl = new Curl(app);
        var form = await curl.FormAsync("/Account/Register");

        var answers = new List<HttpResponseMessage>();
        for (var attempt = 1; attempt <= 15; attempt++)
        {
            answers.Add(await curl.PostAsync("/Account/Register", Fields(form, ("Input.Email", $"bot-{attempt}@example.com"), ("Input.Password", FormClient.Password), ("Input.ConfirmPassword", FormClient.Password))));
            curl.Forget("InterviewPrep.Auth");
        }

        Assert.All(answers.Take(Shipped.AccountAttemptsPerAddress), a => Assert.NotEqual(HttpStatusCode.TooManyRequests, a.StatusCode));
        Assert.All(answers.Skip(Shipped.AccountAttemptsPerAddress), a => Assert.Equal(HttpStatusCode.TooManyRequests, a.StatusCode));
        Assert.Equal(Shipped.AccountAttemptsPerAddress, Db.Count(app, "AspNetUsers", "Email LIKE 'bot-%'"));
    }

    [Fact]
    public async Task PasswordResetRequestsForOneEmailAreCappedFromAnyAddress()
    {
        using var app = new TestAppFactory(useKestrel: true, settings: ShippedLimits(("ForwardedHeaders:KnownProxies:0", "127.0.0.1")));
        using var curl = new Curl(app);
        var victim = await RegisterAsync(app, "reset-target@example.com");
        var form = await curl.FormAsync("/Account/ForgotPassword");

        var answers = new List<HttpResponseMessage>();
        for (var attempt = 1; attempt <= 8; attempt++)
        {
            answers.Add(await curl.PostAsync("/Account/ForgotPassword", Fields(form, ("Input.Email", victim)), forwardedFor: $"198.51.100.{attempt}"));
        }

        var otherAccount = await curl.PostAsync("/Account/ForgotPassword", Fields(form, ("Input.Email", "someone-else@example.com")), forwardedFor: "198.51.100.99");

        Assert.All(answers.Take(Shipped.AccountAttemptsPerEmail), a => Assert.NotEqual(HttpStatusCode.TooManyRequests, a.StatusCode));
        Assert.All(answers.Skip(Shipped.AccountAttemptsPerEmail), a => Assert.Equal(HttpStatusCode.TooManyRequests, a.StatusCode));
        Assert.NotEqual(HttpStatusCode.TooManyRequests, otherAccount.StatusCode);
    }

    [Fact]
    public async Task AnonymousConsentPostsFromOneAddressAreCappedAndTheRefusedOnesRecordNothing()
    {
        using var app = new TestAppFactory(useKestrel: true, settings: ShippedLimits());
        using var curl = new Curl(app);
        var form = await curl.FormAsync("/", "section.consent-banner form");

        var answers = new List<HttpResponseMessage>();
        for (var attempt = 1; attempt <= Shipped.AnonymousWritesPerAddress + 5; attempt++)
        {
            answers.Add(await curl.PostAsync("/consent", Fields(form, ("choice", "reject"))));
        }

        Assert.All(answers.Take(Shipped.AnonymousWritesPerAddress), a => Assert.Equal(HttpStatusCode.Redirect, a.StatusCode));
        Assert.All(answers.Skip(Shipped.AnonymousWritesPerAddress), a => Assert.Equal(HttpStatusCode.TooManyRequests, a.StatusCode));
        Assert.Equal(Shipped.AnonymousWritesPerAddress, Db.Count(app, "ConsentRecords"));
        Assert.Equal(HttpStatusCode.OK, (await curl.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task TheCritiqueApiKeepsItsOwnLimitAndAnswer()
    {
        using var app = new TestAppFactory(useKestrel: true, settings: ShippedLimits(("Practice:Api:PermitLimit", "2")));
        using var client = new HttpClient { BaseAddress = app.ServerAddress };
        var body = new { text = PracticeAnswers.NoBaseline, principle = "dive-deep" };

        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/critique", body)).StatusCode);
        }

        var refused = await client.PostAsJsonAsync("/api/critique", body);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
    }

    private static async Task<string> RegisterAsync(TestAppFactory app, string email)
    {
        using var curl = new Curl(app);
        var form = await curl.FormAsync("/Account/Register");
        var response = await curl.PostAsync("/Account/Register", Fields(form, ("Input.Email", email), ("Input.Password", FormClient.Password), ("Input.ConfirmPassword", FormClient.Password)));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return email;
    }

    private static Dictionary<string, string> SignIn(Dictionary<string, string> form, string email, string password) =>
        Fields(form, ("Input.Email", email), ("Input.Password", password));

    private static Dictionary<string, string> Fields(Dictionary<string, string> form, params (string Name, string Value)[] values)
    {
        var fields = new Dictionary<string, string>(form);
        foreach (var (name, value) in values)
        {
            fields[name] = value;
        }

        return fields;
    }

    private static void AssertRetryAfterWithin(HttpResponseMessage response, TimeSpan window)
    {
        var retryAfter = response.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value, TimeSpan.FromSeconds(1), window);
    }

    private static string? LockoutEnd(TestAppFactory app, string email) =>
        Db.Rows(app, $"SELECT LockoutEnd FROM AspNetUsers WHERE NormalizedEmail = '{email.ToUpperInvariant()}'").Single()["LockoutEnd"]?.ToString();
}
