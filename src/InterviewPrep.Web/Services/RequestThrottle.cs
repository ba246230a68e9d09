using System.Collections.Frozen;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;

namespace InterviewPrep.Web.Services;

/// <summary>Which limit a request falls under.</summary>
internal enum ThrottleKind
{
    None,

    /// <summary>A post to a sign-in, registration or password form: limited per client address and per email.</summary>
    AccountForm,

    /// <summary>Any other post while signed out (the consent form, a static form): limited per client address.</summary>
    AnonymousWrite,
}

/// <summary>What the limiters key a request on: its kind, the form it posts to, the client and the email it names.</summary>
internal sealed record ThrottleTarget(ThrottleKind Kind, string Scope, string Client, string? Email);

/// <summary>
/// Classifies each request for the app's global rate limiter, and reads the email an account form names. The
/// account pages are Razor components, so the limit is applied here, by route, rather than on the pages; the
/// limiter's partition callback is synchronous, so the form is read before it runs, and stays read for the page.
/// Runs after the forwarded-headers middleware: the client address is the connection's, or a trusted proxy's word.
/// </summary>
internal sealed class RequestThrottle(RequestDelegate next)
{
    /// <summary>The forms that guess or spend something per attempt: passwords, codes, accounts, emails sent.</summary>
    public static readonly FrozenSet<string> AccountForms = new[]
    {
        "/Account/Login",
        "/Account/LoginWith2fa",
        "/Account/LoginWithRecoveryCode",
        "/Account/Register",
        "/Account/ForgotPassword",
        "/Account/ResetPassword",
        "/Account/ResendEmailConfirmation",
        "/Account/ConfirmEmail",
        "/Account/AdminSetup",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public const string EmailField = "Input.Email";

    /// <summary>Longer values count as the same account, so a flood of giant emails cannot make giant keys.</summary>
    private const int MaxEmailKeyLength = 256;

    private const string TargetKey = "InterviewPrep.ThrottleTarget";

    public async Task InvokeAsync(HttpContext context)
    {
        var kind = Classify(context, out var scope);
        if (kind != ThrottleKind.None)
        {
            var email = kind == ThrottleKind.AccountForm ? await ReadEmailAsync(context) : null;
            context.Items[TargetKey] = new ThrottleTarget(kind, scope, ClientKey(context.Connection.RemoteIpAddress), email);
        }

        await next(context);
    }

    public static ThrottleTarget? Target(HttpContext context) => context.Items[TargetKey] as ThrottleTarget;

    /// <summary>The chained limiter the app installs as the rate limiter's global limiter.</summary>
    public static PartitionedRateLimiter<HttpContext> CreateLimiter(RateLimitOptions limits) =>
        PartitionedRateLimiter.CreateChained(
            PartitionedRateLimiter.Create<HttpContext, string>(context => Target(context) switch
            {
                { Kind: ThrottleKind.AccountForm } target => Window(
                    $"address|{target.Scope}|{target.Client}", limits.AccountAttemptsPerAddress, limits.AccountAddressWindowMinutes),
                { Kind: ThrottleKind.AnonymousWrite } target => Window(
                    $"write|{target.Client}", limits.AnonymousWritesPerAddress, limits.AnonymousWritesWindowMinutes),
                _ => RateLimitPartition.GetNoLimiter(string.Empty),
            }),
            PartitionedRateLimiter.Create<HttpContext, string>(context => Target(context) switch
            {
                { Kind: ThrottleKind.AccountForm, Email: { } email } target => Window(
                    $"email|{target.Scope}|{email}", limits.AccountAttemptsPerEmail, limits.AccountEmailWindowMinutes),
                _ => RateLimitPartition.GetNoLimiter(string.Empty),
            }));

    /// <summary>The 429 answer: a small plain page that says when to try again, with <c>Retry-After</c>.</summary>
    public static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)) : 60;
        var target = Target(context);
        context.RequestServices.GetRequiredService<ILogger<RequestThrottle>>()
            .LogInformation("Throttled a {Kind} post to {Scope} from {Client}.", target?.Kind, target?.Scope, target?.Client);

        var response = context.Response;
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        response.Headers.CacheControl = "no-store";
        response.ContentType = "text/html; charset=utf-8";
        var when = seconds < 120 ? $"{seconds} seconds" : $"{(seconds + 59) / 60} minutes";
        await response.WriteAsync(
            $"""
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1.0" /><title>Too many attempts - InterviewPrep</title></head>
            <body>
            <main>
            <h1>Too many attempts</h1>
            <p>This form has been sent too often from here or for this account. Nothing was changed. Try again in {when}.</p>
            <p><a href="/">Back to InterviewPrep</a></p>
            </main>
            </body>
            </html>
            """,
            cancellationToken);
    }

    internal static ThrottleKind Classify(HttpContext context, out string scope)
    {
        scope = string.Empty;
        var method = context.Request.Method;
        if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method))
        {
            return ThrottleKind.None;
        }

        // By endpoint, not by path text: /account/login/ reaches the same page as /Account/Login.
        var endpoint = context.GetEndpoint();
        if ((endpoint as RouteEndpoint)?.RoutePattern.RawText is { } route && AccountForms.TryGetValue(route, out var form))
        {
            scope = form;
            return ThrottleKind.AccountForm;
        }

        // The circuit's own posts, signed-in users and endpoints with their own policy (the critique API) are not writes here.
        if (context.User.Identity?.IsAuthenticated == true
            || context.Request.Path.StartsWithSegments("/_blazor", StringComparison.OrdinalIgnoreCase)
            || endpoint?.Metadata.GetMetadata<EnableRateLimitingAttribute>() is not null)
        {
            return ThrottleKind.None;
        }

        return ThrottleKind.AnonymousWrite;
    }

    /// <summary>
    /// One key per client: an IPv4 address, or an IPv6 address's /64 (one household or server usually holds a
    /// whole /64, so per-address IPv6 keys would let it rotate without limit).
    /// </summary>
    internal static string ClientKey(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }

    /// <summary>The normalized email a form names, as Identity looks accounts up; the form stays readable for the page.</summary>
    private static async Task<string?> ReadEmailAsync(HttpContext context)
    {
        if (!context.Request.HasFormContentType)
        {
            return null;
        }

        context.Request.EnableBuffering();
        IFormCollection form;
        try
        {
            form = await context.Request.ReadFormAsync(context.RequestAborted);
        }
        catch (InvalidDataException)
        {
            // A malformed form: the address limit still applies and the page answers it as it would.
            return null;
        }
        finally
        {
            context.Request.Body.Position = 0;
        }

        var email = form[EmailField].ToString().Trim();
        if (email.Length == 0)
        {
            return null;
        }

        if (email.Length > MaxEmailKeyLength)
        {
            email = email[..MaxEmailKeyLength];
        }

        return context.RequestServices.GetService<ILookupNormalizer>()?.NormalizeEmail(email) ?? email.ToUpperInvariant();
    }

    private static RateLimitPartition<string> Window(string key, int permits, int minutes) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = TimeSpan.FromMinutes(minutes),
            QueueLimit = 0,
        });
}
