using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using InterviewPrep.Core.Content;
using InterviewPrep.Core.Critique;
using InterviewPrep.Web.Data;
using InterviewPrep.Web.Services;
using Microsoft.AspNetCore.Http.HttpResults;

namespace InterviewPrep.Web.Features.Practice;

/// <summary><c>POST /api/critique</c>: the critique engine over JSON, anonymous and rate-limited per client.</summary>
internal static class CritiqueApi
{
    public const string Path = "/api/critique";
    public const string RateLimitPolicy = "critique-api";

    /// <summary>Larger bodies are refused before they are parsed; the text limit itself is checked per field.</summary>
    public const int MaxBodyBytes = 256 * 1024;

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static void MapCritiqueApi(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost(Path, HandleAsync)
            .AllowAnonymous()
            .DisableAntiforgery()
            .RequireRateLimiting(RateLimitPolicy)
            .Produces<CritiqueResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

    private static async Task<Results<Ok<CritiqueResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        HttpRequest request, PracticeCoach coach, ContentStore content, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "Send JSON",
                detail: "Send the answer as a JSON body with the header Content-Type: application/json.");
        }

        if (request.ContentLength > MaxBodyBytes)
        {
            return TooLarge();
        }

        CritiqueRequest? body;
        try
        {
            using var limited = new LimitedStream(request.Body, MaxBodyBytes);
            body = await JsonSerializer.DeserializeAsync<CritiqueRequest>(limited, JsonOptions, cancellationToken);
        }
        catch (LimitExceededException)
        {
            return TooLarge();
        }
        catch (JsonException ex)
        {
            var field = FieldOf(ex.Path);
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { [field] = [DescribeJsonError(ex, field)] },
                title: "The request body is not valid JSON for this API");
        }

        if (body is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["body"] = ["Send a JSON object, not null."] });
        }

        var errors = Validate(body, content, out var level);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The answer could not be critiqued");
        }

        var critique = body.Star is { } star
            ? coach.Critique(body.Principle!, level, star.OrEmpty())
            : coach.Critique(body.Principle!, level, body.Text!);
        return TypedResults.Ok(CritiqueResponse.From(critique));
    }

    internal static Dictionary<string, string[]> Validate(CritiqueRequest body, ContentStore content, out Level level)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        level = Level.Senior;
        if (body.Text is not null && body.Star is not null)
        {
            errors["text"] = ["Send the answer either as \"text\" or as \"star\" fields, not both."];
        }
        else if (body.Text is null && body.Star is null)
        {
            errors["text"] = ["Send the answer as \"text\", or as \"star\" with situation, task, action, result and reflection."];
        }
        else if (body.Text is not null)
        {
            if (string.IsNullOrWhiteSpace(body.Text))
            {
                errors["text"] = ["The answer is empty."];
            }
            else if (body.Text.Length > PracticeLimits.AnswerText)
            {
                errors["text"] = [TooLong(body.Text.Length)];
            }
        }
        else if (body.Star?.OrEmpty() is { } star)
        {
            var length = Enum.GetValues<StarPart>().Sum(part => star.Get(part).Length);
            if (Enum.GetValues<StarPart>().All(part => string.IsNullOrWhiteSpace(star.Get(part))))
            {
                errors["star"] = ["Every STAR field is empty."];
            }
            else if (length > PracticeLimits.AnswerText)
            {
                errors["star"] = [TooLong(length)];
            }
        }

        if (string.IsNullOrWhiteSpace(body.Principle))
        {
            errors["principle"] = ["Name the principle by its slug, for example \"dive-deep\"."];
        }
        else if (content.Current.FindPrinciple(body.Principle) is null)
        {
            errors["principle"] = [$"There is no principle \"{Truncate(body.Principle)}\". Use a slug from /principles, for example \"dive-deep\"."];
        }

        if (body.Level is not null)
        {
            if (LevelNames.TryParse(body.Level, out var parsed))
            {
                level = parsed;
            }
            else
            {
                var keys = Enum.GetValues<Level>().Select(l => $"\"{l.Key()}\"").ToList();
                errors["level"] = [$"Use one of {string.Join(", ", keys[..^1])} or {keys[^1]}."];
            }
        }

        return errors;
    }

    private static ProblemHttpResult TooLarge() => TypedResults.Problem(
        statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "The request is too large",
        detail: string.Create(CultureInfo.InvariantCulture, $"The body may be at most {MaxBodyBytes / 1024} KB, and the answer at most {PracticeLimits.AnswerText:N0} characters."));

    private static string TooLong(int length) =>
        string.Create(CultureInfo.InvariantCulture, $"The answer is {length:N0} characters; the limit is {PracticeLimits.AnswerText:N0}.");

    private static string FieldOf(string? path)
    {
        var field = (path ?? "$").TrimStart('$').TrimStart('.');
        return field.Length == 0 ? "body" : field;
    }

    private static string DescribeJsonError(JsonException ex, string field) =>
        ex.Message.Contains("could not be mapped", StringComparison.Ordinal)
            ? $"\"{field}\" is not a field of this API. Send text or star, principle and level."
            : field == "body"
                ? "The body is not a valid JSON object."
                : $"\"{field}\" has the wrong type or is malformed; text, principle, level and the star fields are strings.";

    private static string Truncate(string value) => value.Length <= 60 ? value : value[..60] + "...";

    /// <summary>Reads at most a given number of bytes and then throws, so a huge chunked body is never buffered.</summary>
    private sealed class LimitedStream(Stream inner, long limit) : Stream
    {
        private long _read;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Count(await inner.ReadAsync(buffer, cancellationToken));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        private int Count(int read)
        {
            _read += read;
            return _read > limit ? throw new LimitExceededException() : read;
        }
    }

    private sealed class LimitExceededException : Exception
    {
    }
}

/// <summary>The body of <c>POST /api/critique</c>: <see cref="Text"/> or <see cref="Star"/>, never both.</summary>
public sealed record CritiqueRequest(string? Text, StarFields? Star, string? Principle, string? Level);

public sealed record SpanResponse(int Start, int Length);

public sealed record FindingResponse(string Code, string Message, IReadOnlyList<SpanResponse> Spans);

/// <summary>
/// The answer of <c>POST /api/critique</c>. Spans count UTF-16 code units in the text; for star input, in the five
/// fields joined with a blank line ("\n\n") in STAR order.
/// </summary>
public sealed record CritiqueResponse(int Score, IReadOnlyDictionary<string, SpanResponse> Star, IReadOnlyList<FindingResponse> Findings, IReadOnlyList<string> FollowUps)
{
    public static CritiqueResponse From(AnswerCritique critique)
    {
        ArgumentNullException.ThrowIfNull(critique);
        return new CritiqueResponse(
            critique.Score,
            critique.StarSpans.OrderBy(s => s.Key).ToDictionary(s => s.Key.ToString().ToLowerInvariant(), s => new SpanResponse(s.Value.Start, s.Value.Length)),
            critique.Findings.Select(f => new FindingResponse(f.Code, f.Message, f.Spans.Select(s => new SpanResponse(s.Start, s.Length)).ToList())).ToList(),
            critique.FollowUps.Select(f => f.Question).ToList());
    }
}
