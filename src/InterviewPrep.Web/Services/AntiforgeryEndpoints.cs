using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Diagnostics;

namespace InterviewPrep.Web.Services;

/// <summary>
/// Antiforgery for every state-changing endpoint, the bodiless ones too. The antiforgery middleware validates a request
/// to an endpoint that asks for it, but minimal APIs refuse a bad token only when they bind a form; a POST that
/// binds nothing (delete, restore, sign out) would run with no token at all. The filter refuses it instead.
/// </summary>
internal static class AntiforgeryEndpoints
{
    public const string ExpiredMessage = "Nothing was changed: the form had expired or did not come from this site. Go back, reload the page and try again.";

    public static TBuilder RequireAntiforgeryToken<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        builder.WithMetadata(new RequireAntiforgeryTokenAttribute());
        builder.AddEndpointFilter(async (context, next) =>
            context.HttpContext.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: true }
                ? await next(context)
                : Refused(context.HttpContext, ExpiredMessage));
        return builder;
    }

    /// <summary>
    /// A plain 400 with a message people can act on. The status-code pages stay out of it: they would re-run the
    /// request as a POST to the error page.
    /// </summary>
    public static IResult Refused(HttpContext context, string message)
    {
        if (context.Features.Get<IStatusCodePagesFeature>() is { } statusCodePages)
        {
            statusCodePages.Enabled = false;
        }

        return TypedResults.Text(message, "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
    }
}
