namespace InterviewPrep.Web.Tests.Hosting;

/// <summary>Forwarded headers count only from the proxies an operator names.</summary>
public sealed class ProxyTrustTests
{
    [Theory]
    [InlineData("ForwardedHeaders:KnownProxies:0", "not-an-address")]
    [InlineData("ForwardedHeaders:KnownNetworks:0", "10.0.0.0/99")]
    public void AProxyEntryThatIsNotAnAddressStopsTheAppAtStartup(string key, string value)
    {
        using var broken = new TestAppFactory(useKestrel: false, settings: new Dictionary<string, string?> { [key] = value });

        var error = Assert.ThrowsAny<Exception>(() => broken.CreateClient());

        Assert.Contains($"{key[..key.LastIndexOf(':')]} has '{value}'", error.GetBaseException().Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheFrameworksTrustEveryoneSwitchDoesNotMakeForgedAddressesCount()
    {
        // ASPNETCORE_FORWARDEDHEADERS_ENABLED=true, which on its own believes X-Forwarded-For from anyone.
        using var app = new TestAppFactory(useKestrel: true, settings: ThrottleTests.ShippedLimits(("ForwardedHeaders_Enabled", "true")));
        using var curl = new Curl(app);
        var form = await curl.FormAsync("/", "section.consent-banner form");
        form["choice"] = "reject";
        var limit = new RateLimitOptions().AnonymousWritesPerAddress;

        var answers = new List<HttpResponseMessage>();
        for (var i = 1; i <= limit + 1; i++)
        {
            answers.Add(await curl.PostAsync("/consent", form, forwardedFor: $"203.0.113.{i}"));
        }

        Assert.All(answers.Take(limit), a => Assert.Equal(HttpStatusCode.Redirect, a.StatusCode));
        Assert.Equal(HttpStatusCode.TooManyRequests, answers[limit].StatusCode);
    }

    [Fact]
    public async Task WithATrustedProxyTheForwardedClientAddressIsTheOneThatIsLimited()
    {
        using var app = new TestAppFactory(useKestrel: true, settings: ThrottleTests.ShippedLimits(("ForwardedHeaders:KnownNetworks:0", "127.0.0.0/8")));
        using var curl = new Curl(app);
        var form = await curl.FormAsync("/", "section.consent-banner form");
        form["choice"] = "reject";
        var limit = new RateLimitOptions().AnonymousWritesPerAddress;

        for (var i = 0; i < limit; i++)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await curl.PostAsync("/consent", form, forwardedFor: "192.0.2.10")).StatusCode);
        }

        var sameClient = await curl.PostAsync("/consent", form, forwardedFor: "192.0.2.10");
        var otherClient = await curl.PostAsync("/consent", form, forwardedFor: "192.0.2.11");

        Assert.Equal(HttpStatusCode.TooManyRequests, sameClient.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, otherClient.StatusCode);
    }
}
