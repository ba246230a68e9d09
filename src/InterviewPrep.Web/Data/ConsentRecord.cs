namespace InterviewPrep.Web.Data;

/// <summary>What a visitor can give or refuse. Necessary cookies need no consent and are always on.</summary>
public enum ConsentCategory
{
    Necessary,
    Analytics,
}

/// <summary>The button a visitor pressed; kept in the consent log as proof.</summary>
public enum ConsentAction
{
    Accept,
    Reject,
    Customize,
    Withdraw,
}

/// <summary>
/// Proof of one consent decision. It holds no IP address and no account: only a random consent id, shared with
/// the visitor's consent cookie, links the decisions of one browser.
/// </summary>
public sealed class ConsentRecord
{
    public long Id { get; set; }

    public required string ConsentId { get; set; }

    public DateTime DecidedAt { get; set; }

    public ConsentAction Action { get; set; }

    public int Revision { get; set; }

    /// <summary>Comma-separated categories, e.g. <c>necessary,analytics</c>.</summary>
    public required string Granted { get; set; }

    /// <summary>Comma-separated categories refused; empty when everything was granted.</summary>
    public required string Refused { get; set; }

    /// <summary>Whether the browser sent Global Privacy Control with the decision.</summary>
    public bool GlobalPrivacyControl { get; set; }
}
