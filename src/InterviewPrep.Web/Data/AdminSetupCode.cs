namespace InterviewPrep.Web.Data;

/// <summary>
/// A one-time code that lets the owner of an address listed in <c>Admin:Emails</c> become admin when the app
/// cannot send email to confirm the address. The app writes the code to its log; only its SHA-256 hash is kept.
/// </summary>
public sealed class AdminSetupCode
{
    public int Id { get; set; }

    /// <summary>Lowercase hex SHA-256 of the code as the app printed it, without its dashes.</summary>
    public required string Hash { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>When the code was used; a used code never works again.</summary>
    public DateTime? RedeemedAt { get; set; }

    public string? RedeemedByUserId { get; set; }
}
