using System.Globalization;
using InterviewPrep.Core.Content;

namespace InterviewPrep.Core.Critique;

/// <summary>
/// The one rule for how long a spoken answer should be. A good first answer takes two to three minutes at a steady
/// interview pace of 140 words a minute, about 280 to 420 words: long enough to show judgment, short enough to leave
/// time for follow-ups. Under one minute it is too short; over three minutes it is too long. Time is rounded to the
/// second, as it is shown, so an answer shown as "1:00 min" is never called under a minute.
/// </summary>
public static class AnswerLength
{
    public const int WordsPerMinute = 140;

    /// <summary>Below this many seconds an answer is too short.</summary>
    public const int MinSeconds = 60;

    /// <summary>Where a good answer starts.</summary>
    public const int TargetMinSeconds = 120;

    /// <summary>Where a good answer ends; past it, the answer is too long.</summary>
    public const int MaxSeconds = 180;

    /// <summary>
    /// The least share of the time, in percent, that the action should take: it is what the candidate did, and
    /// what the interviewer scores.
    /// </summary>
    public const int MinActionPercent = 40;

    /// <summary>Below this many words the parts are too short to weigh against each other.</summary>
    public const int MinWordsToWeighParts = 60;

    public static int TargetMinWords => WordsIn(TargetMinSeconds);

    public static int TargetMaxWords => WordsIn(MaxSeconds);

    /// <summary>What to aim for, in words a candidate can act on: "two to three minutes, about 280 to 420 words".</summary>
    public static string Target { get; } = string.Create(CultureInfo.InvariantCulture,
        $"two to three minutes, about {TargetMinWords} to {TargetMaxWords} words");

    /// <summary>How long the words take to say, to the nearest second.</summary>
    public static int Seconds(int words) => (int)Math.Round(words * 60.0 / WordsPerMinute);

    public static int WordsIn(int seconds) => seconds * WordsPerMinute / 60;

    public static bool IsTooShort(int words) => words > 0 && Seconds(words) < MinSeconds;

    public static bool IsTooLong(int words) => Seconds(words) > MaxSeconds;

    /// <summary>The share of the words, in percent, that each part of the answer takes.</summary>
    public static double Percent(IReadOnlyDictionary<StarPart, int> words, StarPart part)
    {
        var total = words.Values.Sum();
        return total == 0 ? 0 : 100.0 * words.GetValueOrDefault(part) / total;
    }

    /// <summary>Whether the action is too small a part of an answer long enough to weigh.</summary>
    public static bool IsActionThin(IReadOnlyDictionary<StarPart, int> words) =>
        words.Values.Sum() >= MinWordsToWeighParts && Percent(words, StarPart.Action) < MinActionPercent;

    /// <summary>The speaking time as it is shown: "45 s", "2:08 min".</summary>
    public static string Format(int words)
    {
        var seconds = Seconds(words);
        return seconds < 60
            ? string.Create(CultureInfo.InvariantCulture, $"{seconds} s")
            : string.Create(CultureInfo.InvariantCulture, $"{seconds / 60}:{seconds % 60:00} min");
    }
}
