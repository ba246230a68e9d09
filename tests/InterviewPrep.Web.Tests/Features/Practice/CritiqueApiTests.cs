using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;

namespace InterviewPrep.Web.Tests.Features.Practice;

public sealed class CritiqueApiTests(TestAppFactory factory) : IClassFixture<TestAppFactory>
{
    private static readonly Uri Api = new("/api/critique", UriKind.Relative);

    [Fact]
    public async Task AFreeTextAnswerGetsAScoreStarSpansFindingsWithSpansAndFollowUps()
    {
        using var client = factory.CreateClient();

        var response = await client.PostAsJsonAsync(Api, new { text = PracticeAnswers.NoBaseline, principle = "dive-deep", level = "senior" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.InRange(root.GetProperty("score").GetInt32(), 0, 100);
        var result = root.GetProperty("star").GetProperty("result");
        Assert.Contains("40%", PracticeAnswers.NoBaseline.Substring(result.GetProperty("start").GetInt32(), result.GetProperty("length").GetInt32()), StringComparison.Ordinal);
        var baseline = root.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("code").GetString() == "no-baseline");
        Assert.False(string.IsNullOrWhiteSpace(baseline.GetProperty("message").GetString()));
        var span = baseline.GetProperty("spans")[0];
        Assert.Equal("40%", PracticeAnswers.NoBaseline.Substring(span.GetProperty("start").GetInt32(), span.GetProperty("length").GetInt32()));
        Assert.InRange(root.GetProperty("followUps").GetArrayLength(), 2, 3);
        Assert.All(root.GetProperty("followUps").EnumerateArray(), f => Assert.Equal(JsonValueKind.String, f.ValueKind));
    }

    [Fact]
    public async Task StarFieldsAreCritiquedAndTheLevelIsOptional()
    {
        using var client = factory.CreateClient();

        var response = await client.PostAsJsonAsync(Api, new
        {
            star = new { situation = "Our nightly billing export failed twice a week.", task = "I owned the export.", action = "We looked into it and we fixed it.", result = "It got better.", reflection = "" },
            principle = "ownership",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var codes = json.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("code").GetString()).ToList();
        Assert.Contains("too-short", codes);
        Assert.Contains("no-metric", codes);
        Assert.Equal(0, json.RootElement.GetProperty("star").GetProperty("situation").GetProperty("start").GetInt32());
    }

    [Theory]
    [InlineData("""{"text": "I fixed it.", "principle": "not-a-principle"}""", "principle")]
    [InlineData("""{"text": "I fixed it."}""", "principle")]
    [InlineData("""{"text": "   ", "principle": "dive-deep"}""", "text")]
    [InlineData("""{"principle": "dive-deep"}""", "text")]
    [InlineData("""{"text": "I fixed it.", "star": {"action": "I fixed it."}, "principle": "dive-deep"}""", "text")]
    [InlineData("""{"star": {"action": ""}, "principle": "dive-deep"}""", "star")]
    [InlineData("""{"text": "I fixed it.", "principle": "dive-deep", "level": "wizard"}""", "level")]
    [InlineData("""{"text": "I fixed it.", "principle": "dive-deep", "level": 3}""", "level")]
    [InlineData("""{"text": "I fixed it.", "principal": "dive-deep"}""", "principal")]
    [InlineData("""{"text": "I fixed it", "principle": """, "principle")]
    [InlineData("""{"text": "I fixed it" """, "body")]
    [InlineData("""[1, 2]""", "body")]
    public async Task BadInputGetsAProblemDetailsBodyNamingTheField(string body, string field)
    {
        using var client = factory.CreateClient();

        var response = await client.PostAsync(Api, new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(400, json.RootElement.GetProperty("status").GetInt32());
        var errors = json.RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out var messages), $"No error for '{field}' in {errors}");
        Assert.False(string.IsNullOrWhiteSpace(messages[0].GetString()));
    }

    [Fact]
    public async Task AnOversizedAnswerIsRefusedNamingTheText()
    {
        using var client = factory.CreateClient();

        var response = await client.PostAsJsonAsync(Api, new { text = new string('a', 20_001), principle = "dive-deep" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("20,000", json.RootElement.GetProperty("errors").GetProperty("text")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AHugeBodyIsRefusedBeforeItIsRead()
    {
        using var client = factory.CreateClient();

        var response = await client.PostAsJsonAsync(Api, new { text = new string('a', 400_000), principle = "dive-deep" });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ABodyThatIsNotJsonGets415WithProblemDetails()
    {
        using var client = factory.CreateClient();

        var response = await client.PostAsync(Api, new StringContent("text=hello", Encoding.UTF8, "application/x-www-form-urlencoded"));

        Assert.True(response.StatusCode == HttpStatusCode.UnsupportedMediaType, await response.Content.ReadAsStringAsync());
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task AClientOverTheLimitGets429WithProblemDetailsAndRetryAfter()
    {
        using var limited = factory.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Practice:Api:PermitLimit", "3");
            builder.UseSetting("Practice:Api:WindowSeconds", "600");
        });
        using var client = limited.CreateClient();
        var body = new { text = PracticeAnswers.NoBaseline, principle = "dive-deep" };

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync(Api, body)).StatusCode);
        }

        var refused = await client.PostAsJsonAsync(Api, body);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(refused.Headers.RetryAfter);
        using var json = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Equal(429, json.RootElement.GetProperty("status").GetInt32());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/practice", UriKind.Relative))).StatusCode);
    }
}
