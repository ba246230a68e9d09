using System.ComponentModel.DataAnnotations;
using System.Net;

namespace InterviewPrep.Web.Hosting;

/// <summary>
/// The reverse proxies whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> the app believes, bound from the
/// <c>ForwardedHeaders</c> section. With none configured the headers are ignored: any client can send them.
/// </summary>
public sealed class ProxyOptions
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

    /// <summary>The entries that do not parse, for a start-up error that names them.</summary>
    public IEnumerable<string> Invalid() =>
        KnownProxies.Where(p => !IPAddress.TryParse(p, out _)).Select(p => $"KnownProxies '{p}'")
            .Concat(KnownNetworks.Where(n => !IPNetwork.TryParse(n, out _)).Select(n => $"KnownNetworks '{n}'"));
}
