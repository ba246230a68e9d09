using System.Globalization;
using System.Text.RegularExpressions;

namespace InterviewPrep.Core.Critique;

internal enum QuantityKind
{
    None,
    Count,
    Percent,
    Multiplier,
    Duration,
    Money,
    Size,
}

/// <summary>Finds quantities written in digits or in words: "40%", "$12k", "nine seconds", "cut it in half", "tenfold".</summary>
internal static partial class QuantityReader
{
    public static QuantityKind[] Classify(IReadOnlyList<Token> tokens)
    {
        var kinds = new QuantityKind[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            kinds[i] = Classify(tokens, i);
        }

        return kinds;
    }

    private static QuantityKind Classify(IReadOnlyList<Token> tokens, int i)
    {
        var word = tokens[i].Lower;
        var next = i + 1 < tokens.Count ? tokens[i + 1].Lower : string.Empty;
        var previous = i > 0 ? tokens[i - 1].Lower : string.Empty;

        // "version 2.0", "React 18", "step three", "Q3": a label, not an amount.
        if (Lexicon.NumberLabels.Contains(previous) || (Lexicon.NamedTools.Contains(previous) && tokens[i].Is(TokenShape.Digits)))
        {
            return QuantityKind.None;
        }

        if (tokens[i].Is(TokenShape.Digits))
        {
            return FromDigits(word, next);
        }

        if (Lexicon.NumberWords.Contains(word))
        {
            return ByFollowingWord(next, QuantityKind.Count);
        }

        // "one" is mostly a pronoun ("the one that failed"); it is a number only next to a unit or a ratio.
        if (word == "one")
        {
            return Lexicon.TimeUnits.Contains(next) || next is "in" or "out" or "percent" || previous is "from" or "to" or "under" or "than"
                ? ByFollowingWord(next, QuantityKind.Count)
                : QuantityKind.None;
        }

        // "a third of the tickets", "cut by a third" are fractions; "a third option" and "two quarters" are not.
        if (word is "third" or "thirds" or "quarters")
        {
            var fraction = previous is "a" or "one" or "two" or "three" or "by"
                && (next is "of" or "less" or "fewer" or "more" or "faster" or "slower" or "off" || next.Length == 0 || i + 1 >= tokens.Count || tokens[i + 1].StartsSentence
                    || (i > 1 && tokens[i - 2].Lower is "by" or "cut" or "cuts" or "reduced" or "down" or "than"));
            return fraction ? QuantityKind.Multiplier : QuantityKind.None;
        }

        if (word is "double" && (next.EndsWith("ed", StringComparison.Ordinal) || next is "check" or "checking"))
        {
            return QuantityKind.None;
        }

        if (Lexicon.MultiplierWords.Contains(word) || (word.EndsWith("fold", StringComparison.Ordinal) && word.Length > 5))
        {
            return QuantityKind.Multiplier;
        }

        return word == "percent" && Lexicon.NumberWords.Contains(previous) ? QuantityKind.Percent : QuantityKind.None;
    }

    private static QuantityKind FromDigits(string word, string next)
    {
        var match = NumberPattern().Match(word);
        if (!match.Success)
        {
            return QuantityKind.None;
        }

        var currency = match.Groups["currency"].Success;
        var number = match.Groups["number"].Value;
        var suffix = match.Groups["suffix"].Value;
        if (number.Contains(':', StringComparison.Ordinal))
        {
            return QuantityKind.None;
        }

        if (currency)
        {
            return QuantityKind.Money;
        }

        if (suffix.Length == 0 && number.Length == 4
            && int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1950 and <= 2039)
        {
            return QuantityKind.None;
        }

        return suffix switch
        {
            "%" => QuantityKind.Percent,
            "x" or "fold" or "-fold" => QuantityKind.Multiplier,
            "am" or "pm" or "th" or "st" or "nd" or "rd" => QuantityKind.None,
            "gb" or "mb" or "tb" or "kb" => QuantityKind.Size,
            "" or "k" or "m" or "bn" => ByFollowingWord(next, QuantityKind.Count),
            _ when Lexicon.TimeUnits.Contains(suffix) || suffix is "s" or "h" or "d" or "w" or "wk" or "wks" => QuantityKind.Duration,
            _ => QuantityKind.Count,
        };
    }

    private static QuantityKind ByFollowingWord(string next, QuantityKind otherwise)
    {
        if (next is "percent" or "%" or "pp" or "points")
        {
            return QuantityKind.Percent;
        }

        if (next is "times" or "x" or "fold")
        {
            return QuantityKind.Multiplier;
        }

        if (Lexicon.TimeUnits.Contains(next))
        {
            return QuantityKind.Duration;
        }

        if (Lexicon.MoneyWords.Contains(next))
        {
            return QuantityKind.Money;
        }

        return next is "gb" or "mb" or "tb" or "gigabytes" or "megabytes" or "terabytes" ? QuantityKind.Size : otherwise;
    }

    [GeneratedRegex(@"^(?<currency>[$\u20AC\u00A3])?(?<number>\d[\d,.:\-]*)(?<suffix>%|-?[a-z]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();
}
