using System.Globalization;
using System.Text;
using System.Threading.RateLimiting;
using InterviewPrep.Core.Content;
using InterviewPrep.Core.Critique;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;

namespace InterviewPrep.Web.Features.Practice;

/// <summary>
/// What the interviewer knows when it asks the follow-ups to an answer; <paramref name="UserId"/> is the signed-in
/// candidate's, null for a visitor.
/// </summary>
public sealed record FollowUpContext(Principle Principle, Level Level, string Question, AnswerCritique Critique, IReadOnlyList<FollowUp> FollowUps, string? UserId = null);

/// <summary>Words the follow-ups the engine chose. Always returns one question per follow-up, in the same order.</summary>
public interface IFollowUpPhraser
{
    Task<IReadOnlyList<string>> PhraseAsync(FollowUpContext context, CancellationToken cancellationToken);
}

/// <summary>The default: the engine's own questions, as they are. Nothing leaves the machine.</summary>
internal sealed class EngineFollowUpPhraser : IFollowUpPhraser
{
    public Task<IReadOnlyList<string>> PhraseAsync(FollowUpContext context, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>>(context.FollowUps.Select(f => f.Question).ToList());
}

/// <summary>
/// Asks a language model to phrase the engine's follow-ups in the flow of the conversation, keeping each one aimed
/// at its finding. Any error, a timeout or an answer of the wrong shape falls back to the engine's questions. Only
/// signed-in candidates use it, each up to <see cref="InterviewerOptions.CallsPerUserPerHour"/>, and an answer is
/// sent only up to <see cref="InterviewerOptions.MaxAnswerCharacters"/>: the model costs money or a busy GPU, so a
/// visitor or a script cannot spend it.
/// </summary>
internal sealed partial class ChatFollowUpPhraser(IChatClient chat, IOptions<InterviewerOptions> options, ILogger<ChatFollowUpPhraser> logger)
    : IFollowUpPhraser, IDisposable
{
    private const int MaxQuestionLength = 400;

    private readonly PartitionedRateLimiter<string> _perUser = PartitionedRateLimiter.Create<string, string>(userId =>
        RateLimitPartition.GetFixedWindowLimiter(userId, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.CallsPerUserPerHour,
            Window = TimeSpan.FromHours(1),
            QueueLimit = 0,
        }));

    public async Task<IReadOnlyList<string>> PhraseAsync(FollowUpContext context, CancellationToken cancellationToken)
    {
        var engine = context.FollowUps.Select(f => f.Question).ToList();
        if (engine.Count == 0 || context.UserId is null || context.Critique.Text.Length > options.Value.MaxAnswerCharacters)
        {
            return engine;
        }

        using var lease = _perUser.AttemptAcquire(context.UserId);
        if (!lease.IsAcquired)
        {
            LogOverQuota(logger, options.Value.CallsPerUserPerHour);
            return engine;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(options.Value.TimeoutSeconds));
        try
        {
            var response = await chat.GetResponseAsync(BuildMessages(context), new ChatOptions { Temperature = 0.4f, MaxOutputTokens = 400 }, timeout.Token);
            var phrased = Parse(response.Text, engine.Count);
            if (phrased is null)
            {
                LogUnusable(logger, engine.Count);
                return engine;
            }

            return phrased;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            LogTimedOut(logger, options.Value.TimeoutSeconds);
            return engine;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFailed(logger, ex);
            return engine;
        }
    }

    /// <summary>Exactly what is sent: the principle, the level, the question, the answer, the findings and the engine's questions.</summary>
    internal static List<ChatMessage> BuildMessages(FollowUpContext context)
    {
        var system = $"""
            You are a calm, exacting behavioral interviewer testing the principle "{context.Principle.Title}" at {context.Level.Key()} level.
            You will get the question asked, the candidate's answer, what an automatic review found missing, and a numbered list of follow-up questions.
            Rewrite each follow-up so it flows from what the candidate actually said, referring to their own details where that helps.
            Keep each question's aim exactly: it must still ask for what its finding says is missing. One question each, at most two sentences, no praise, no preamble.
            Reply with exactly {context.FollowUps.Count} lines, one question per line, in the same order, and nothing else.
            """;
        var user = new StringBuilder();
        user.Append(CultureInfo.InvariantCulture, $"Question asked: {context.Question}\n\n");
        user.Append(CultureInfo.InvariantCulture, $"Candidate's answer:\n{context.Critique.Text}\n\n");
        user.Append("Review findings:\n");
        foreach (var finding in context.Critique.Findings)
        {
            user.Append(CultureInfo.InvariantCulture, $"- {finding.Code}: {finding.Message}\n");
        }

        user.Append("\nFollow-up questions to rewrite:\n");
        for (var i = 0; i < context.FollowUps.Count; i++)
        {
            var followUp = context.FollowUps[i];
            user.Append(CultureInfo.InvariantCulture, $"{i + 1}. [{followUp.FindingCode ?? "general"}] {followUp.Question}\n");
        }

        return [new ChatMessage(ChatRole.System, system), new ChatMessage(ChatRole.User, user.ToString())];
    }

    internal static List<string>? Parse(string? text, int expected)
    {
        var lines = (text ?? string.Empty)
            .Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(line => ListMarker().Replace(line, string.Empty).Trim().Trim('"').Trim())
            .Where(line => line.Length > 0)
            .ToList();
        return lines.Count == expected && lines.All(l => l.Length <= MaxQuestionLength && l.Contains('?', StringComparison.Ordinal)) ? lines : null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(\d+[.)]|[-*])\s*(\[[a-z-]+\]\s*)?")]
    private static partial System.Text.RegularExpressions.Regex ListMarker();

    public void Dispose() => _perUser.Dispose();

    [LoggerMessage(Level = LogLevel.Information, Message = "A candidate used their {Calls} language-model follow-ups for this hour; using the engine's questions.")]
    private static partial void LogOverQuota(ILogger logger, int calls);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The language-model interviewer gave no usable answer for {Count} follow-ups; using the engine's questions.")]
    private static partial void LogUnusable(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The language-model interviewer did not answer within {Seconds} s; using the engine's questions.")]
    private static partial void LogTimedOut(ILogger logger, int seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The language-model interviewer failed; using the engine's questions.")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
