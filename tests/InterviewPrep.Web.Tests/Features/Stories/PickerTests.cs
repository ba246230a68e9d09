using AngleSharp.Dom;
using InterviewPrep.Web.Features.Stories;
using Microsoft.AspNetCore.Components;

namespace InterviewPrep.Web.Tests.Features.Stories;

/// <summary>The principle and question pickers, over the repository's real content.</summary>
public sealed class PickerTests(TestAppFactory factory) : BunitContext, IClassFixture<TestAppFactory>
{
    private static readonly Dictionary<string, string> NoErrors = new(StringComparer.Ordinal);

    private readonly List<PickerToggle> _toggles = [];

    private ContentCatalog Catalog => factory.Services.GetRequiredService<ContentStore>().Current;

    [Fact]
    public void EveryPrincipleIsOfferedAndTheChosenOnesAreTicked()
    {
        var cut = Render<PrinciplePicker>(p => p
            .Add(x => x.Principles, Catalog.Principles)
            .Add(x => x.Selected, new HashSet<string>(["dive-deep"]))
            .Add(x => x.Errors, NoErrors)
            .Add(x => x.OnToggle, (PickerToggle t) => _toggles.Add(t)));

        Assert.Equal("Principles it demonstrates", cut.Find("fieldset.picker legend").TextContent);
        Assert.Equal(Catalog.Principles.Select(p => p.Title), cut.FindAll("label.check").Select(l => l.TextContent.Trim()));
        Assert.Equal(["Dive Deep"], cut.FindAll("label.check").Where(l => l.QuerySelector("input")!.HasAttribute("checked")).Select(l => l.TextContent.Trim()));

        Box(cut, "Ownership").Change(true);
        Box(cut, "Dive Deep").Change(false);

        Assert.Equal([new PickerToggle("ownership", true), new PickerToggle("dive-deep", false)], _toggles);
    }

    [Fact]
    public void APrincipleErrorShowsUnderTheLegend()
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal) { ["Principles"] = "Choose at least one principle." };

        var cut = Render<PrinciplePicker>(p => p
            .Add(x => x.Principles, Catalog.Principles)
            .Add(x => x.Selected, new HashSet<string>())
            .Add(x => x.Errors, errors));

        Assert.Equal("Choose at least one principle.", cut.Find("fieldset.picker #principles-error").TextContent);
    }

    [Fact]
    public void QuestionsAppearOnlyForTheChosenPrinciples()
    {
        var diveDeep = Catalog.FindPrinciple("dive-deep")!;
        var question = diveDeep.Questions[0];
        var cut = Render<QuestionPicker>(p => p
            .Add(x => x.Principles, Catalog.Principles)
            .Add(x => x.SelectedPrinciples, new HashSet<string>())
            .Add(x => x.Selected, new HashSet<string>())
            .Add(x => x.Errors, NoErrors)
            .Add(x => x.OnToggle, (PickerToggle t) => _toggles.Add(t)));

        Assert.Equal("Choose a principle to see its question variations.", cut.Find("p.muted").TextContent);
        Assert.Empty(cut.FindAll("input"));

        cut.Render(p => p
            .Add(x => x.SelectedPrinciples, new HashSet<string>(["dive-deep"]))
            .Add(x => x.Selected, new HashSet<string>([question.Key])));

        Assert.Empty(cut.FindAll("p.muted"));
        Assert.Equal(["Dive Deep"], cut.FindAll(".picker-group").Select(g => g.TextContent));
        Assert.Equal(diveDeep.Questions.Count, cut.FindAll("input[type=checkbox]").Count);
        Assert.True(Box(cut, question.Text).HasAttribute("checked"));

        Box(cut, diveDeep.Questions[1].Text).Change(true);

        Assert.Equal([new PickerToggle(diveDeep.Questions[1].Key, true)], _toggles);
    }

    private static IElement Box<TPicker>(IRenderedComponent<TPicker> cut, string text)
        where TPicker : IComponent =>
        cut.FindAll("label.check").Single(l => l.TextContent.Trim() == text).QuerySelector("input")!;
}
