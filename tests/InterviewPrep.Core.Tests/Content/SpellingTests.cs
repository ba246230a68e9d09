using InterviewPrep.Tests;

namespace InterviewPrep.Core.Tests.Content;

/// <summary>Content is written in American English: a British spelling is an error on its line, with the word to write.</summary>
public sealed class SpellingTests : IDisposable
{
    private const string Guide = "guides/star-method.md";

    private readonly SampleContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public void ABritishSpellingInTheBodyIsAnErrorOnItsLineNamingTheAmericanForm()
    {
        WriteGuide("Spend the time you have.\n\nPrioritise the action, then summarise.\n");

        var catalog = ContentLoader.Load(_content.Root);

        Assert.Equal(
            [$"{Guide}:9: British spelling \"Prioritise\"; write \"Prioritize\"", $"{Guide}:9: British spelling \"summarise\"; write \"summarize\""],
            catalog.Errors.Select(e => e.ToString()));
        Assert.Empty(catalog.Guides);
    }

    [Fact]
    public void TheFrontMattersTextIsCheckedToo()
    {
        _content.Write("principles/dive-deep.md", SampleContent.Principle());
        _content.Write("examples/dive-deep-weak-invoice-export.md", SampleContent.Example()
            .Replace("title: \"An export fix with no cause behind it\"", "title: \"An export fix with no cause: the BEHAVIOUR of a guess\"", StringComparison.Ordinal)
            .Replace("note: \"Note on a lot more stable.\"", "note: \"Vague; a judgement, not a number.\"", StringComparison.Ordinal));

        var errors = ContentLoader.Load(_content.Root).Errors.Select(e => e.ToString());

        Assert.Equal(
        [
            "examples/dive-deep-weak-invoice-export.md:3: British spelling \"BEHAVIOUR\"; write \"BEHAVIOR\"",
            "examples/dive-deep-weak-invoice-export.md:16: British spelling \"judgement\"; write \"judgment\"",
        ], errors);
    }

    [Theory]
    [InlineData("The organisations we served", "organisations", "organizations")]
    [InlineData("I practised it twice", "practised", "practiced")]
    [InlineData("We cancelled the launch", "cancelled", "canceled")]
    [InlineData("It was modelled on the old one", "modelled", "modeled")]
    [InlineData("Our self-scepticism helped", "scepticism", "skepticism")]
    [InlineData("A favourite metric's colours", "favourite", "favorite")]
    [InlineData("Whilst it ran, I learnt why", "Whilst", "While")]
    [InlineData("The centre's behavioural data", "centre", "center")]
    [InlineData("A licence for the programme", "licence", "license")]
    [InlineData("Enrolment in the paediatric ward", "Enrolment", "Enrollment")]
    public void EachInflectionIsFoundAsAWholeWordWhateverItsCase(string sentence, string british, string american)
    {
        WriteGuide(sentence + ".\n");

        Assert.Contains($"{Guide}:7: British spelling \"{british}\"; write \"{american}\"", ContentLoader.Load(_content.Root).Errors.Select(e => e.ToString()));
    }

    [Theory]
    [InlineData("Two analyses of the dialogue agreed, and a licensed analyst enrolled in the program.")]
    [InlineData("A greyhound, a colourway and a centred_layout are not words on the list.")]
    [InlineData("Use `optimise()` or `colour_map` as they are spelled in code.")]
    [InlineData("Read [the guide](https://example.com/behaviour-and-colour) or https://example.org/organisation or <https://example.net/centre>.")]
    [InlineData("The cancellation rate fell while the team traveled.")]
    public void CodeUrlsLinkTargetsAndAmericanWordsAreNotFlagged(string sentence)
    {
        WriteGuide(sentence + "\n");

        Assert.Empty(ContentLoader.Load(_content.Root).Errors);
    }

    [Fact]
    public void FencedCodeAndIdentifierFieldsAreNotFlagged()
    {
        _content.Write("guides/colour-codes.md", "---\nslug: colour-codes\ntitle: Codes\nsummary: S\norder: 1\n---\n```yaml\ncolour: grey\n```\n\n~~~\nanalyse()\n~~~\nText.\n");

        Assert.Empty(ContentLoader.Load(_content.Root).Errors);
    }

    [Fact]
    public void ACompanysOwnNameForAPrincipleIsQuotedAsTheCompanyWritesIt()
    {
        _content.Write("principles/dive-deep.md", SampleContent.Principle().Replace("    name: Dive Deep\n", "    name: Behaviours that matter\n", StringComparison.Ordinal));

        Assert.Empty(ContentLoader.Load(_content.Root).Errors);
    }

    [Fact]
    public void EveryBritishFormMapsToADifferentAmericanForm()
    {
        Assert.True(BritishSpellings.Count > 300, $"Only {BritishSpellings.Count} forms.");
        Assert.True(BritishSpellings.TryGetAmerican("optimisations", out var american));
        Assert.Equal("optimizations", american);
        Assert.False(BritishSpellings.TryGetAmerican("analyses", out _));
        Assert.False(BritishSpellings.TryGetAmerican("color", out _));
    }

    private void WriteGuide(string body) =>
        _content.Write(Guide, "---\nslug: star-method\ntitle: STAR\nsummary: S\norder: 1\n---\n" + body);
}
