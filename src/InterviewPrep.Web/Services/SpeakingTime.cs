using InterviewPrep.Core.Content;
using InterviewPrep.Web.Data;

namespace InterviewPrep.Web.Services;

/// <summary>How long an answer takes to say out loud, at a steady interview pace.</summary>
public static class SpeakingTime
{
    public const int WordsPerMinute = 140;
    public const int TooShortSeconds = 60;
    public const int TooLongSeconds = 180;

    public static int Seconds(int words) => (int)Math.Round(words * 60.0 / WordsPerMinute);

    public static string Format(int words)
    {
        var seconds = Seconds(words);
        return seconds < 60 ? $"{seconds} s" : $"{seconds / 60}:{seconds % 60:00} min";
    }

    public static int WordCount(this StoryContent content) =>
        content.Star.CountWords();
}
