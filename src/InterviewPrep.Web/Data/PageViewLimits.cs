namespace InterviewPrep.Web.Data;

/// <summary>Column sizes of a counted page view; the recorder truncates to them before it writes.</summary>
public static class PageViewLimits
{
    /// <summary>Longer paths are cut, not refused: a page view is a count, not a record of what was typed.</summary>
    public const int Path = 512;

    /// <summary>The longest host name DNS allows.</summary>
    public const int ReferrerHost = 253;

    public const int Browser = 32;

    public const int VisitorId = 32;
}
