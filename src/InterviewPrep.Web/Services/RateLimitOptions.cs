using System.ComponentModel.DataAnnotations;

namespace InterviewPrep.Web.Services;

/// <summary>
/// How fast the account forms and anonymous posts may be used, bound from the <c>RateLimits</c> section. Each limit
/// is a fixed window per app instance; see docs/security.md for what that means with several instances.
/// </summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "RateLimits";

    /// <summary>Posts one client address may make to one account form (sign in, register...) per window.</summary>
    [Range(1, 1_000_000)]
    public int AccountAttemptsPerAddress { get; set; } = 10;

    [Range(1, 1440)]
    public int AccountAddressWindowMinutes { get; set; } = 5;

    /// <summary>Posts naming one email address to one account form, from any address, per window.</summary>
    [Range(1, 1_000_000)]
    public int AccountAttemptsPerEmail { get; set; } = 5;

    [Range(1, 1440)]
    public int AccountEmailWindowMinutes { get; set; } = 15;

    /// <summary>Other posts (the consent form, static forms) one address may make per window while signed out.</summary>
    [Range(1, 1_000_000)]
    public int AnonymousWritesPerAddress { get; set; } = 30;

    [Range(1, 1440)]
    public int AnonymousWritesWindowMinutes { get; set; } = 1;
}
