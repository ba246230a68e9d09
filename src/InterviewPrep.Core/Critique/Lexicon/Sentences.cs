namespace InterviewPrep.Core.Critique;

/// <summary>Where sentences and spoken clauses end.</summary>
internal static partial class Lexicon
{
    public static readonly WordSet Abbreviations = new(
        "e.g", "i.e", "etc", "vs", "mr", "mrs", "ms", "dr", "approx", "incl", "jr", "sr", "st", "no", "fig", "cf", "al");

    public static readonly WordSet ClauseJoiners = new(
        "and", "so", "but", "then", "which", "because", "until", "after", "once");

    public static readonly WordSet ClauseSubjects = new(
        "i", "we", "i'd", "i've", "we'd", "we've", "my", "our", "the", "they", "he", "she", "it", "that", "this",
        "everyone", "nobody", "customers", "users", "nothing", "there", "now", "within", "by", "in", "after");
}
