using System.Net;
using InterviewPrep.Web.Services;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using IPNetwork = System.Net.IPNetwork;

namespace InterviewPrep.Web.Hosting;

internal static class SecurityExtensions
{
    public const string AllowLogOnlyEmailSetting = "Email:AllowLogOnly";

    /// <summary>
    /// The edge of the app: which proxies to believe, the security headers, the throttle on account forms and
    /// anonymous posts (ASP.NET Core's rate limiter, as its global limiter), and Secure cookies outside Development.
    /// </summary>
    public static void AddSecurity(this WebApplicationBuilder builder)
    {
        builder.AddValidatedOptions<ProxyOptions>(ProxyOptions.SectionName);
        builder.Services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ProxyOptions>>((options, proxies) =>
        {
            var trusted = proxies.Value;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            // Empty lists would make the middleware believe every client, so without a proxy it forwards nothing.
            options.ForwardedHeaders = trusted.AnyConfigured ? ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto : ForwardedHeaders.None;
            options.ForwardLimit = trusted.ForwardLimit;
            foreach (var proxy in trusted.KnownProxies)
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in trusted.KnownNetworks)
            {
                options.KnownIPNetworks.Add(IPNetwork.Parse(network));
            }
        });

        builder.AddValidatedOptions<RateLimitOptions>(RateLimitOptions.SectionName);
        builder.Services.AddRateLimiter(_ => { });
        builder.Services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((options, limits) =>
            options.GlobalLimiter = RequestThrottle.CreateLimiter(limits.Value));
        // Other policies (the critique API's) keep their own answer; the throttle's rejections get its page.
        builder.Services.PostConfigure<RateLimiterOptions>(options =>
        {
            var others = options.OnRejected;
            options.OnRejected = (rejected, cancellationToken) =>
                RequestThrottle.Target(rejected.HttpContext) is not null || others is null
                    ? RequestThrottle.RejectAsync(rejected, cancellationToken)
                    : others(rejected, cancellationToken);
        });

        // Ahead of everything the framework adds on its own (authorization's redirects, the developer page), so
        // every response has the headers and every middleware sees the client's address.
        builder.Services.AddTransient<IStartupFilter, OutermostMiddleware>();

        // Behind TLS at the proxy the app may see plain HTTP; the cookies are Secure all the same.
        if (!builder.Environment.IsDevelopment())
        {
            builder.Services.Configure<CookiePolicyOptions>(options => options.Secure = CookieSecurePolicy.Always);
        }
    }

    /// <summary>The throttle, first in the app's own pipeline: after routing, so it knows which form a post is for.</summary>
    public static void UseSecurity(this WebApplication app)
    {
        if (!app.Services.GetRequiredService<IOptions<ProxyOptions>>().Value.AnyConfigured && !app.Environment.IsDevelopment())
        {
            app.Logger.LogInformation(
                "No trusted proxy is configured ({Section}:KnownProxies, {Section}:KnownNetworks): X-Forwarded-For is ignored, and behind a reverse proxy every client shares the proxy's address.",
                ProxyOptions.SectionName, ProxyOptions.SectionName);
        }

        app.UseMiddleware<RequestThrottle>();
        app.UseRateLimiter();
    }

    /// <summary>
    /// Refuses to start a Production app that would write password-reset links to its log, unless the operator
    /// says that is intended (<c>Email:AllowLogOnly</c>, e.g. a private single-user install).
    /// </summary>
    public static void RefuseLogOnlyEmailInProduction(this WebApplicationBuilder builder)
    {
        if (builder.Environment.IsProduction() && !builder.Configuration.GetValue<bool>(AllowLogOnlyEmailSetting))
        {
            throw new InvalidOperationException(
                $"No SMTP server is configured (Email:SmtpHost), so account emails such as password-reset links would only be written to the log. " +
                $"In Production that is refused: set Email:SmtpHost, or set {AllowLogOnlyEmailSetting}=true if the log is private to you and that is intended.");
        }
    }

    /// <summary>Forwarded headers (from trusted proxies only), then the security headers, before anything else runs.</summary>
    private sealed class OutermostMiddleware : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            if (app.ApplicationServices.GetRequiredService<IOptions<ProxyOptions>>().Value.AnyConfigured)
            {
                app.UseForwardedHeaders();
            }

            app.UseMiddleware<SecurityHeaders>();
            next(app);
        };
    }
}
