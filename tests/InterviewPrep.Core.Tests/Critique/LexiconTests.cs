using System.Reflection;

namespace InterviewPrep.Core.Tests.Critique;

/// <summary>The word lists stay clean: no entry twice, none that can never match, none that contradicts another list.</summary>
public sealed class LexiconTests
{
    public static TheoryData<string> Lists => [.. Entries().Keys];

    [Theory]
    [MemberData(nameof(Lists))]
    public void NoWordOrPhraseAppearsTwiceInOneList(string list)
    {
        var twice = Entries()[list].GroupBy(e => e, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();

        Assert.True(twice.Count == 0, $"{list} has {string.Join(", ", twice.Select(w => $"\"{w}\""))} more than once.");
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public void EveryEntryIsWrittenInLowerCaseBecauseTokensAreMatchedLowerCased(string list)
    {
        var unmatchable = Entries()[list].Where(e => e.Any(char.IsUpper) || e.Trim() != e || e.Length == 0).ToList();

        Assert.True(unmatchable.Count == 0, $"{list} can never match {string.Join(", ", unmatchable.Select(w => $"\"{w}\""))}.");
    }

    [Fact]
    public void NoVerbIsBothAnActionAndAStateOfMind() =>
        AssertDisjoint(Lexicon.ActionVerbs.Words, Lexicon.NonActionVerbs.Words, "ActionVerbs", "NonActionVerbs");

    [Fact]
    public void NoSubjectIsBothTheCandidateAndTheTeam() =>
        AssertDisjoint(Lexicon.SingularSubjects.Words, Lexicon.PluralSubjects.Words, "SingularSubjects", "PluralSubjects");

    [Fact]
    public void NoStockPhraseCountsAsBothStrongAndSoftVagueness() =>
        AssertDisjoint(Lexicon.Vague.Phrases, Lexicon.SoftVague.Phrases, "Vague", "SoftVague");

    [Fact]
    public void NoReflectionCueIsAlsoOneThatCancelsAReflection() =>
        AssertDisjoint(Lexicon.Reflection.Phrases, Lexicon.EmptyReflection.Phrases, "Reflection", "EmptyReflection");

    [Fact]
    public void NoNamedToolIsAlsoAGenericAcronymOrAConcreteNoun()
    {
        AssertDisjoint(Lexicon.NamedTools.Words, Lexicon.GenericAcronyms.Words, "NamedTools", "GenericAcronyms");
        AssertDisjoint(Lexicon.NamedTools.Words, Lexicon.ConcreteNouns.Words, "NamedTools", "ConcreteNouns");
    }

    [Fact]
    public void APhraseThatWeighsAnOptionOnItsOwnIsInNoListThatNeedsAReason()
    {
        // The critic stops at the first reasoned alternative, so the same phrase in a weaker list would never be read.
        AssertDisjoint(Lexicon.ReasonedAlternatives.Phrases, Lexicon.Alternatives.Phrases, "ReasonedAlternatives", "Alternatives");
        AssertDisjoint(Lexicon.ReasonedAlternatives.Phrases, Lexicon.Rejection.Phrases, "ReasonedAlternatives", "Rejection");
        AssertDisjoint(Lexicon.ReasonedAlternatives.Phrases, Lexicon.Cause.Phrases, "ReasonedAlternatives", "Cause");
    }

    [Fact]
    public void EveryListIsFound()
    {
        var lists = Entries();

        Assert.True(lists.Count >= 40, $"Only {lists.Count} lists found: {string.Join(", ", lists.Keys)}.");
        Assert.Contains("ActionVerbs", lists.Keys);
        Assert.Contains("Situation", lists.Keys);
    }

    private static void AssertDisjoint(IEnumerable<string> first, IEnumerable<string> second, string firstName, string secondName)
    {
        var both = first.Intersect(second, StringComparer.Ordinal).ToList();

        Assert.True(both.Count == 0, $"{firstName} and {secondName} both have {string.Join(", ", both.Select(w => $"\"{w}\""))}.");
    }

    private static Dictionary<string, IReadOnlyList<string>> Entries() =>
        typeof(Lexicon).GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            .Select(f => (f.Name, Value: f.GetValue(null)))
            .Where(f => f.Value is WordSet or PhraseMatcher)
            .ToDictionary(f => f.Name, f => f.Value is WordSet set ? set.Words : ((PhraseMatcher)f.Value!).Phrases, StringComparer.Ordinal);
}
