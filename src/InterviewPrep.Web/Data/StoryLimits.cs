namespace InterviewPrep.Web.Data;

/// <summary>The size limits on a story, enforced on the server with a message next to the field.</summary>
public static class StoryLimits
{
    public const int Title = 200;
    public const int Part = 10_000;
    public const int Tags = 20;
    public const int Tag = 40;
    public const int Questions = 60;
}
