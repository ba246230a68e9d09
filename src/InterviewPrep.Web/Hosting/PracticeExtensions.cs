using System.ClientModel;
using System.ClientModel.Primitives;
using System.Globalization;
using System.Threading.RateLimiting;
using InterviewPrep.Core.Critique;
using InterviewPrep.Web.Features.Practice;
using InterviewPrep.Web.Services;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;
using OpenAI;

namespace InterviewPrep.Web.Hosting;

internal static class PracticeExtensions
{
    /// <summary>
    /// The critique engine, saved sessions, the rate-limited JSON API and the optional language-model interviewer.
    /// The rate limiter middleware itself runs in <c>UseSecurity()</c>, with the app's global limiter.
    /// </summary>
    public static void AddPractice(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<AnswerCritic>();
        builder.Services.AddSingleton<PracticeCoach>();
        builder.Services.AddSingleton<PracticeLog>();
        builder.Services.AddProblemDetails();

        builder.AddValidatedOptions<CritiqueApiOptions>(CritiqueApiOptions.SectionName);
        builder.Services.AddRateLimiter(options =>
        {
            options.AddPolicy(CritiqueApi.RateLimitPolicy, context =>
            {
                var limits = context.RequestServices.GetRequiredService<IOptions<CritiqueApiOptions>>().Value;
                // The same client key as the account-form throttle: the address after trusted forwarded headers, an IPv6 /64.
                var client = RequestThrottle.ClientKey(context.Connection.RemoteIpAddress);
                return RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limits.PermitLimit,
                    Window = TimeSpan.FromSeconds(limits.WindowSeconds),
                    QueueLimit = 0,
                });
            });
            options.OnRejected = async (context, cancellationToken) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? (int)Math.Ceiling(wait.TotalSeconds) : (int?)null;
                if (retryAfter is int seconds)
                {
                    context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                }

                await TypedResults.Problem(
                        statusCode: StatusCodes.Status429TooManyRequests,
                        title: "Too many requests",
                        detail: retryAfter is int s
                            ? $"This address has used up its critiques for now. Try again in {s} seconds."
                            : "This address has used up its critiques for now. Try again shortly.")
                    .ExecuteAsync(context.HttpContext);
            };
        });

        builder.AddValidatedOptions<InterviewerOptions>(InterviewerOptions.SectionName)
            .Validate(o => !o.Enabled || (o.Endpoint is { IsAbsoluteUri: true } && !string.IsNullOrWhiteSpace(o.Model)),
                $"{InterviewerOptions.SectionName} is enabled but Endpoint (an absolute URL) or Model is missing.");
        if (builder.Configuration.GetSection(InterviewerOptions.SectionName).GetValue<bool>(nameof(InterviewerOptions.Enabled)))
        {
            builder.Services.AddSingleton<IChatClient>(services =>
            {
                var options = services.GetRequiredService<IOptions<InterviewerOptions>>().Value;
                var client = new OpenAIClient(
                    new ApiKeyCredential(string.IsNullOrEmpty(options.ApiKey) ? "not-needed" : options.ApiKey),
                    new OpenAIClientOptions
                    {
                        Endpoint = options.Endpoint,
                        NetworkTimeout = TimeSpan.FromSeconds(options.TimeoutSeconds),
                        // The page is waiting: one try, then the engine's own questions.
                        RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
                    });
                return client.GetChatClient(options.Model).AsIChatClient();
            });
            builder.Services.AddSingleton<IFollowUpPhraser, ChatFollowUpPhraser>();
        }
        else
        {
            builder.Services.AddSingleton<IFollowUpPhraser, EngineFollowUpPhraser>();
        }
    }

    public static void MapPractice(this WebApplication app) => app.MapCritiqueApi();
}
