using InterviewPrep.Tests;

namespace InterviewPrep.Core.Tests.Content;

public sealed class ExampleDomainTests : IDisposable
{
    private readonly SampleContent _content = new();

    public ExampleDomainTests() => _content.Write("principles/dive-deep.md", SampleContent.Principle());

    public void Dispose() => _content.Dispose();

    [Theory]
    [InlineData("hardware")]
    [InlineData("healthcare")]
    [InlineData("education")]
    [InlineData("retail")]
    public void AnExampleMayComeFromHardwareHealthcareEducationOrRetail(string domain)
    {
        _content.Write("examples/dive-deep-weak-invoice-export.md", SampleContent.Example().Replace("domain: backend", $"domain: {domain}", StringComparison.Ordinal));

        var catalog = ContentLoader.Load(_content.Root);

        Assert.Empty(catalog.Errors);
        Assert.Equal(domain, Assert.Single(catalog.Examples).Domain);
    }

    [Fact]
    public void AnUnknownDomainIsReportedOnItsLineWithTheDomainsThatExist()
    {
        _content.Write("examples/dive-deep-weak-invoice-export.md", SampleContent.Example().Replace("domain: backend", "domain: gaming", StringComparison.Ordinal));

        var error = Assert.Single(ContentLoader.Load(_content.Root).Errors);

        Assert.StartsWith("examples/dive-deep-weak-invoice-export.md:7: Unknown domain 'gaming'. Use one of: backend,", error.ToString(), StringComparison.Ordinal);
        Assert.EndsWith("people, hardware, healthcare, education, retail.", error.Message, StringComparison.Ordinal);
    }
}
