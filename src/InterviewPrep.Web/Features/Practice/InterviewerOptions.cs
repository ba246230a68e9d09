using System.ComponentModel.DataAnnotations;

namespace InterviewPrep.Web.Features.Practice;

/// <summary>
/// The optional language-model interviewer (section <c>Practice:Interviewer</c>). Off by default: nothing leaves the
/// machine unless <see cref="Enabled"/> is true and <see cref="Endpoint"/> is set.
/// </summary>
public sealed class InterviewerOptions
{
    public const string SectionName = "Practice:Interviewer";

    public bool Enabled { get; set; }

    /// <summary>The base address of an OpenAI-compatible API, for example <c>http://127.0.0.1:11434/v1</c>.</summary>
    public Uri? Endpoint { get; set; }

    public string Model { get; set; } = string.Empty;

    /// <summary>Sent as a bearer token; many local servers accept any value.</summary>
    public string? ApiKey { get; set; }

    /// <summary>After this long the engine's own follow-ups are used instead.</summary>
    [Range(1, 120)]
    public int TimeoutSeconds { get; set; } = 8;

    /// <summary>How many answers of one candidate the model phrases follow-ups for in an hour; past it, the engine's questions.</summary>
    [Range(1, 10_000)]
    public int CallsPerUserPerHour { get; set; } = 60;

    /// <summary>Longer answers are not sent (about 1,000 words, over seven minutes spoken); the engine's questions are used.</summary>
    [Range(100, 100_000)]
    public int MaxAnswerCharacters { get; set; } = 6_000;
}

/// <summary>Limits of the anonymous critique API (section <c>Practice:Api</c>), per client IP address.</summary>
public sealed class CritiqueApiOptions
{
    public const string SectionName = "Practice:Api";

    [Range(1, 100_000)]
    public int PermitLimit { get; set; } = 30;

    [Range(1, 86_400)]
    public int WindowSeconds { get; set; } = 60;
}
