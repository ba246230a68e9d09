using System.Text.Json;
using InterviewPrep.Web.Features.Practice;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace InterviewPrep.Web.Tests.Features.Practice;

/// <summary>
/// The optional language-model interviewer against a fake OpenAI-compatible server on loopback, in this process:
/// the real HTTP client, the real timeout, no network beyond 127.0.0.1.
/// </summary>
public sealed class LanguageModelInterviewerTests : IAsyncLifetime
{
    private readonly List<string> _requests = [];
    private WebApplication? _server;
    private string _mode = "ok";

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _server = builder.Build();
        _server.MapPost("/v1/chat/completions", async (HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync(context.RequestAborted);
            lock (_requests)
            {
                _requests.Add(body);
            }

            switch (_mode)
            {
                case "slow":
                    await Task.Delay(TimeSpan.FromSeconds(20), context.RequestAborted);
                    return Results.StatusCode(200);
                case "error":
                    return Results.Json(new { error = new { message = "model overloaded", type = "server_error" } }, statusCode: 500);
                case "garbage":
                    return Completion("Sure! Here are some thoughts about the candidate.");
                default:
                    return Completion("1. You said latency improved by 40%: what was it before, and where did you read it?\n2. Which other causes did you rule out before the index?\n3. Who outside your team had to change anything for the fix?");
            }
        });
        await _server.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    [Fact]
    public async Task WhenTheEndpointAnswersTheFollowUpsArePhrasedByTheModelAndTheRequestCarriesTheFindings()
    {
        using var app = AppPointingAtFakeServer();
        var (phraser, context) = Arrange(app);

        var phrased = await phraser.PhraseAsync(context, CancellationToken.None);

        Assert.Equal(context.FollowUps.Count, phrased.Count);
        Assert.StartsWith("You said latency improved by 40%", phrased[0], StringComparison.Ordinal);
        var sent = JsonDocument.Parse(_requests.Single()).RootElement;
        Assert.Equal("fake-model", sent.GetProperty("model").GetString());
        var userMessage = sent.GetProperty("messages")[1].GetProperty("content").GetString()!;
        Assert.Contains("no-baseline", userMessage, StringComparison.Ordinal);
        Assert.Contains("improved by 40%", userMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("slow")]
    [InlineData("error")]
    [InlineData("garbage")]
    public async Task WhenTheEndpointTimesOutFailsOrRamblesTheEngineQuestionsAreUsed(string mode)
    {
        _mode = mode;
        using var app = AppPointingAtFakeServer();
        var (phraser, context) = Arrange(app);
        var started = DateTime.UtcNow;

        var phrased = await phraser.PhraseAsync(context, CancellationToken.None);

        Assert.Equal(context.FollowUps.Select(f => f.Question), phrased);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(10), "The fallback waited far longer than the configured timeout.");
        Assert.Single(_requests);
    }

    [Fact]
    public async Task VisitorsOverlongAnswersAndCandidatesOverTheirHourlyQuotaAreNotSentToTheModel()
    {
        using var app = AppPointingAtFakeServer();
        var (phraser, context) = Arrange(app);
        var engine = context.FollowUps.Select(f => f.Question).ToList();
        var overlong = context with { Critique = app.Factory.Services.GetRequiredService<PracticeCoach>().Critique("dive-deep", Level.Senior, string.Concat(Enumerable.Repeat(PracticeAnswers.NoBaseline + " ", 20))) };

        Assert.Equal(engine, await phraser.PhraseAsync(context with { UserId = null }, CancellationToken.None));
        Assert.Equal(engine, await phraser.PhraseAsync(overlong, CancellationToken.None));
        Assert.Empty(_requests);

        await phraser.PhraseAsync(context, CancellationToken.None);
        await phraser.PhraseAsync(context, CancellationToken.None);
        var third = await phraser.PhraseAsync(context, CancellationToken.None);
        var anotherCandidate = await phraser.PhraseAsync(context with { UserId = "candidate-2" }, CancellationToken.None);

        Assert.Equal(engine, third);
        Assert.StartsWith("You said latency improved by 40%", anotherCandidate[0], StringComparison.Ordinal);
        Assert.Equal(3, _requests.Count);
    }

    [Fact]
    public void WithoutConfigurationNothingIsSentAndTheEngineSpeaks()
    {
        using var app = new TestAppFactory();

        Assert.IsType<EngineFollowUpPhraser>(app.Services.GetRequiredService<IFollowUpPhraser>());
    }

    private WebApplicationFactoryWithSettings AppPointingAtFakeServer() => new(builder =>
    {
        builder.UseSetting("Practice:Interviewer:Enabled", "true");
        builder.UseSetting("Practice:Interviewer:Endpoint", $"{_server!.Urls.First()}/v1");
        builder.UseSetting("Practice:Interviewer:Model", "fake-model");
        builder.UseSetting("Practice:Interviewer:TimeoutSeconds", "2");
        builder.UseSetting("Practice:Interviewer:CallsPerUserPerHour", "2");
    });

    private static (IFollowUpPhraser Phraser, FollowUpContext Context) Arrange(WebApplicationFactoryWithSettings app)
    {
        var coach = app.Factory.Services.GetRequiredService<PracticeCoach>();
        var principle = app.Factory.Services.GetRequiredService<ContentStore>().Current.FindPrinciple("dive-deep")!;
        var critique = coach.Critique(principle.Slug, Level.Senior, PracticeAnswers.NoBaseline);
        var context = new FollowUpContext(principle, Level.Senior, principle.Questions[0].Text, critique, critique.FollowUps, UserId: "candidate-1");
        return (app.Factory.Services.GetRequiredService<IFollowUpPhraser>(), context);
    }

    private static IResult Completion(string content) => Results.Json(new
    {
        id = "chatcmpl-test",
        @object = "chat.completion",
        created = 1_700_000_000,
        model = "fake-model",
        choices = new[] { new { index = 0, message = new { role = "assistant", content }, finish_reason = "stop" } },
        usage = new { prompt_tokens = 10, completion_tokens = 10, total_tokens = 20 },
    });

    /// <summary>The real app with extra settings; disposes both the base factory and the derived one.</summary>
    private sealed class WebApplicationFactoryWithSettings : IDisposable
    {
        private readonly TestAppFactory _base = new();

        public WebApplicationFactoryWithSettings(Action<IWebHostBuilder> configure) => Factory = _base.WithWebHostBuilder(configure);

        public Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> Factory { get; }

        public void Dispose()
        {
            Factory.Dispose();
            _base.Dispose();
        }
    }
}
