using Microsoft.AspNetCore.Identity;

namespace InterviewPrep.Web.Data;

/// <summary>A candidate's account. Everything a user owns hangs off it and is deleted with it.</summary>
public sealed class ApplicationUser : IdentityUser
{
    [PersonalData]
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
}
