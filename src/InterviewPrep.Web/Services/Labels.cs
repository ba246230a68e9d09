using InterviewPrep.Core.Content;

namespace InterviewPrep.Web.Services;

/// <summary>How content values read on the page. Level names come from <see cref="LevelNames"/> in Core.</summary>
public static class Labels
{
    public static string Domain(string domain) => domain switch
    {
        "ml" => "Machine learning",
        "qa" => "Quality engineering",
        "engineering-management" => "Engineering management",
        "program-management" => "Program management",
        "customer-support" => "Customer support",
        _ => char.ToUpperInvariant(domain[0]) + domain[1..].Replace('-', ' '),
    };

    public static string Verdict(Verdict verdict) => verdict == Core.Content.Verdict.Strong ? "Strong" : "Weak";
}
