namespace InterviewPrep.Core.Critique;

/// <summary>How figures are written and what makes one a label, a period or a rate rather than an amount.</summary>
internal static partial class Lexicon
{
    public static readonly WordSet NumberWords = new(
        "zero", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
        "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty",
        "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million", "billion", "dozen", "dozens",
        "hundreds", "thousands", "millions", "billions", "trillion");

    public static readonly WordSet MultiplierWords = new(
        "half", "halved", "halving", "halve", "double", "doubled", "doubling", "triple", "tripled", "tripling",
        "quadrupled", "twice", "thrice", "twofold", "threefold", "fourfold", "fivefold", "tenfold", "hundredfold",
        "thirds", "third", "quarters");

    public static readonly WordSet TimeUnits = new(
        "ms", "millisecond", "milliseconds", "second", "seconds", "sec", "secs", "minute", "minutes", "min", "mins",
        "hour", "hours", "hr", "hrs", "day", "days", "week", "weeks", "month", "months", "year", "years", "quarter",
        "quarters", "sprint", "sprints", "night", "nights", "shift", "shifts", "morning", "afternoon");

    public static readonly WordSet MoneyWords = new(
        "dollars", "dollar", "pounds", "euros", "grand", "k", "usd", "eur", "gbp", "bucks", "revenue", "arr", "mrr");

    /// <summary>Words that make the number after them a name: "version 2.0", "step three", "phase 2", "room 101".</summary>
    public static readonly WordSet NumberLabels = new(
        "version", "v", "release", "iteration", "phase", "step", "stage", "sprint", "level", "tier", "gen",
        "generation", "number", "room", "floor", "chapter", "page", "build", "series", "gate", "line", "route",
        "section", "ticket", "issue", "bug", "sev", "severity", "priority", "team", "episode", "season", "round");

    private static readonly WordSet UnitSuffixes = new(
        "ms", "s", "sec", "secs", "m", "min", "mins", "h", "hr", "hrs", "d", "k", "x", "gb", "mb", "tb", "kb", "b",
        "bn", "pp", "rps", "qps", "fold", "w", "wk", "wks", "am", "pm", "th", "st", "nd", "rd", "mm", "cm", "km", "kg");

    public static bool IsUnitSuffixed(string lower)
    {
        var i = lower[0] is '$' or '\u20AC' or '\u00A3' ? 1 : 0;
        while (i < lower.Length && (char.IsDigit(lower[i]) || lower[i] is '.' or ',' or '-'))
        {
            i++;
        }

        return i > 0 && (i == lower.Length || UnitSuffixes.Contains(lower[i..]) || lower[i] == '%');
    }

    /// <summary>Hedges between a word and its number: "from about twenty", "down to roughly 9".</summary>
    public static readonly WordSet Hedges = new(
        "about", "around", "roughly", "nearly", "almost", "just", "only", "approximately", "some", "maybe", "barely",
        "under", "over", "below", "above", "exactly", "precisely", "well", "a", "an", "the");

    /// <summary>Words after a figure that make it a point in time: "two sprints later", "a week into".</summary>
    public static readonly WordSet PeriodEnders = new("later", "ago", "after", "before", "of", "into", "running");

    /// <summary>Words before a figure that make it a period, not an amount: "for two weeks", "within an hour", "took three days".</summary>
    public static readonly WordSet PeriodMarkers = new(
        "for", "within", "over", "in", "after", "during", "every", "each", "per", "last", "next", "first", "following",
        "past", "spent", "took", "gave", "another");

    /// <summary>Words that may stand between a period marker and its figure: "for about a full two weeks".</summary>
    public static readonly WordSet PeriodFillers = new(
        "about", "around", "roughly", "nearly", "almost", "the", "a", "few", "couple", "of", "full", "whole", "working",
        "entire");

    /// <summary>"twenty a week", "four per shift": before a time unit, these make a count a rate.</summary>
    public static readonly WordSet RateWords = new("a", "per", "each", "every");
}
