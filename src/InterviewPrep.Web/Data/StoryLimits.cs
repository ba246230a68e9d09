namespace InterviewPrep.Web.Data;

/// <summary>
/// The size limits on a story, and the quotas of one account, enforced by the story bank on every write with a
/// message the user can act on.
/// </summary>
public static class StoryLimits
{
    public const int Title = 200;
    public const int Part = 10_000;
    public const int Tags = 20;
    public const int Tag = 40;
    public const int Questions = 60;

    /// <summary>Stories one account can keep: far more than a career holds, few enough to stop a flood.</summary>
    public const int StoriesPerUser = 1_000;

    /// <summary>Earlier versions kept per story; the oldest go first.</summary>
    public const int RevisionsPerStory = 50;

    /// <summary>Stories one import file can hold.</summary>
    public const int ImportStories = StoriesPerUser;

    /// <summary>The size of one import file.</summary>
    public const long ImportBytes = 5 * 1024 * 1024;
}
