using System.ComponentModel.DataAnnotations;
using System.Net;

namespace InterviewPrep.Web.Hosting;

/// <summary>
/// The reverse proxies whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> the app believes, bound from the
/// <c>ForwardedHeaders</c> section. With none configured the headers are ignored: any client can send them.
/// </summary>
public sealed class ProxyOptions : IValidatableObject
{
    public const string SectionName = "ForwardedHeaders";

    /// <summary>Proxy addresses, e.g. <c>10.0.0.5</c> or <c>::1</c>.</summary>
    public IList<string> KnownProxies { get; } = [];

    /// <summary>Proxy networks in CIDR notation, e.g. <c>10.0.0.0/24</c>.</summary>
    public IList<string> KnownNetworks { get; } = [];

    /// <summary>How many proxies in a row may be unwrapped; each of them must be known.</summary>
    [Range(1, 10)]
    public int ForwardLimit { get; set; } = 1;

    public bool AnyConfigured => KnownProxies.Count > 0 || KnownNetworks.Count > 0;

    /// <summary>Names each entry that does not parse, so a typo stops the app at startup instead of trusting nobody.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        KnownProxies.Where(p => !IPAddress.TryParse(p, out _))
            .Select(p => new ValidationResult($"{SectionName}:KnownProxies has '{p}', which is not an IP address."))
            .Concat(KnownNetworks.Where(n => !IPNetwork.TryParse(n, out _))
                .Select(n => new ValidationResult($"{SectionName}:KnownNetworks has '{n}', which is not a network in CIDR notation (10.0.0.0/24).")));
}
