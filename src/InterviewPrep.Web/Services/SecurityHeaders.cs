using System.Security.Cryptography;

namespace InterviewPrep.Web.Services;

/// <summary>
/// Adds the security headers to every response the app sends (pages, static files, errors, 404s, 429s): a
/// Content-Security-Policy with a fresh nonce for the one inline script (the import map), and the headers that stop
/// MIME sniffing, trim referrers and turn off the camera and location. The headers are written just before the
/// response starts, so the exception handler and the status-code pages, which clear headers, cannot drop them.
/// </summary>
internal sealed class SecurityHeaders(RequestDelegate next, IHostEnvironment environment)
{
    public const string PermissionsPolicy = "microphone=(self), camera=(), geolocation=()";
    public const string ReferrerPolicy = "strict-origin-when-cross-origin";

    private const string NonceKey = "InterviewPrep.CspNonce";

    private readonly bool _isDevelopment = environment.IsDevelopment();

    // dotnet watch's browser refresh talks to its own port; only Development lets it.
    private readonly string _connectSources = environment.IsDevelopment() ? "'self' ws://localhost:* wss://localhost:*" : "'self'";

    public Task InvokeAsync(HttpContext context)
    {
        var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        context.Items[NonceKey] = nonce;
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            // The developer exception page styles itself inline; it only ever shows in Development.
            if (!(_isDevelopment && context.Response.StatusCode >= StatusCodes.Status500InternalServerError))
            {
                headers.ContentSecurityPolicy = Policy(nonce, _connectSources);
            }

            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = ReferrerPolicy;
            headers["Permissions-Policy"] = PermissionsPolicy;
            return Task.CompletedTask;
        });
        return next(context);
    }

    /// <summary>The nonce this request's policy allows inline scripts with; null outside a request (bUnit).</summary>
    public static string? Nonce(HttpContext? context) => context?.Items[NonceKey] as string;

    /// <summary>
    /// Scripts and styles come from this origin only; the import map carries the nonce. Style attributes are
    /// allowed (<c>style-src-attr</c>) because bars and charts draw server-computed widths and colours with them;
    /// style elements and sheets from anywhere else are not. 'self' covers the circuit's same-origin WebSocket.
    /// </summary>
    internal static string Policy(string nonce, string connectSources = "'self'") =>
        "default-src 'self'; " +
        $"script-src 'self' 'nonce-{nonce}'; " +
        "style-src 'self'; " +
        "style-src-attr 'unsafe-inline'; " +
        $"connect-src {connectSources}; " +
        "img-src 'self' data:; " +
        "media-src 'self' blob:; " +
        "font-src 'self'; " +
        "frame-ancestors 'none'; " +
        "form-action 'self'; " +
        "base-uri 'self'; " +
        "object-src 'none'";
}
