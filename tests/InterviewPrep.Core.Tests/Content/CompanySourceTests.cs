using InterviewPrep.Tests;

namespace InterviewPrep.Core.Tests.Content;

/// <summary>A principle's company mappings name the page they were read on and the day that was checked.</summary>
public sealed class CompanySourceTests : IDisposable
{
    private const string File = "principles/dive-deep.md";

    private readonly SampleContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public void AMappingReadsItsSourceAndTheDateItWasChecked()
    {
        _content.Write(File, SampleContent.Principle());

        var catalog = ContentLoader.Load(_content.Root);

        Assert.Empty(catalog.Errors);
        var company = Assert.Single(Assert.Single(catalog.Principles).Companies);
        Assert.Equal("https://www.amazon.jobs/content/en/our-workplace/leadership-principles", company.Source!.AbsoluteUri);
        Assert.Equal(new DateOnly(2026, 3, 9), company.Checked);
    }

    [Theory]
    [InlineData("http://www.amazon.jobs/principles", "Field 'source' must be an absolute https URL (https://...), not 'http://www.amazon.jobs/principles'.")]
    [InlineData("/principles", "Field 'source' must be an absolute https URL (https://...), not '/principles'.")]
    [InlineData("amazon.jobs/principles", "Field 'source' must be an absolute https URL (https://...), not 'amazon.jobs/principles'.")]
    [InlineData("https://www.amazon.jobs/leadership principles", "Field 'source' must be an absolute https URL (https://...), not 'https://www.amazon.jobs/leadership principles'.")]
    public void ASourceThatIsNotAnAbsoluteHttpsUrlIsReportedOnItsLine(string source, string expected)
    {
        _content.Write(File, WithCompanyFields($"    source: \"{source}\"\n    checked: 2026-03-09\n"));

        Assert.Equal($"{File}:9: {expected}", Assert.Single(ContentLoader.Load(_content.Root).Errors).ToString());
    }

    [Theory]
    [InlineData("2026-3-9")]
    [InlineData("09/03/2026")]
    [InlineData("2026-02-30")]
    [InlineData("March 2026")]
    public void ACheckedDateNotWrittenYearMonthDayIsReportedOnItsLine(string date)
    {
        _content.Write(File, WithCompanyFields($"    source: \"https://www.amazon.jobs/principles\"\n    checked: \"{date}\"\n"));

        Assert.Equal(
            $"{File}:10: Field 'checked' must be a date written yyyy-MM-dd, such as 2026-03-09, not '{date}'.",
            Assert.Single(ContentLoader.Load(_content.Root).Errors).ToString());
    }

    [Theory]
    [InlineData("    source: \"https://www.amazon.jobs/principles\"\n", "checked")]
    [InlineData("    checked: 2026-03-09\n", "source")]
    [InlineData("", "source")]
    public void EveryMappingNamesItsSourceAndTheDateItWasChecked(string fields, string missing)
    {
        _content.Write(File, WithCompanyFields(fields));

        var catalog = ContentLoader.Load(_content.Root);

        Assert.Contains($"{File}:7: Missing required field '{missing}'.", catalog.Errors.Select(e => e.ToString()));
        Assert.Empty(catalog.Principles);
    }

    /// <summary>The sample principle with its only company's source and date replaced by <paramref name="fields"/>, from line 9.</summary>
    private static string WithCompanyFields(string fields)
    {
        const string Sample = "    source: \"https://www.amazon.jobs/content/en/our-workplace/leadership-principles\"\n    checked: 2026-03-09\n";
        var principle = SampleContent.Principle();
        Assert.Contains(Sample, principle, StringComparison.Ordinal);
        return principle.Replace(Sample, fields, StringComparison.Ordinal);
    }
}
