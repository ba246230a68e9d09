using System.Reflection;
using System.Text.RegularExpressions;
using NetArchTest.Rules;

namespace InterviewPrep.Web.Tests;

/// <summary>
/// The layers of docs/architecture.md: Program → Hosting → Features → Components → Services → Data → Core.
/// A dependency against that direction, or from one feature to another, fails here with the offending types.
/// </summary>
public sealed class ArchitectureTests
{
    private const string Web = "InterviewPrep.Web";
    private const string Hosting = Web + ".Hosting";
    private const string Features = Web + ".Features";
    private const string Components = Web + ".Components";
    private const string Services = Web + ".Services";
    private const string Data = Web + ".Data";

    private static readonly Assembly WebAssembly = typeof(Program).Assembly;

    public static TheoryData<string, string[]> Layers => new()
    {
        { Data, [Services, Components, Features, Hosting] },
        { Services, [Components, Features, Hosting] },
        { Components, [Features, Hosting] },
        { Features, [Hosting] },
    };

    [Theory]
    [MemberData(nameof(Layers))]
    public void ALayerNeverDependsOnTheLayersAboveIt(string layer, string[] above)
    {
        var result = Types.InAssembly(WebAssembly)
            .That().ResideInNamespaceMatching(WithChildren(layer))
            .ShouldNot().HaveDependencyOnAny(above)
            .GetResult();

        Assert.True(result.IsSuccessful, Describe(result, $"{layer} must not use {string.Join(", ", above)}"));
    }

    [Fact]
    public void AFeatureNeverDependsOnAnotherFeature()
    {
        var features = FeatureNamespaces();
        Assert.Contains($"{Features}.Stories", features);

        var failures = new List<string>();
        foreach (var feature in features)
        {
            var others = features.Where(f => f != feature).ToArray();
            var result = Types.InAssembly(WebAssembly)
                .That().ResideInNamespaceMatching(WithChildren(feature))
                .ShouldNot().HaveDependencyOnAny(others)
                .GetResult();
            if (!result.IsSuccessful)
            {
                failures.Add(Describe(result, $"{feature} must not use another feature"));
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public void CoreUsesNoFrameworkAndNothingOfTheWebApp()
    {
        var result = Types.InAssembly(typeof(ContentCatalog).Assembly)
            .ShouldNot().HaveDependencyOnAny("Microsoft.AspNetCore", "Microsoft.EntityFrameworkCore", Web)
            .GetResult();

        Assert.True(result.IsSuccessful, Describe(result, "InterviewPrep.Core must stay plain C#"));
    }

    /// <summary>Guards the guard: if namespace matching stopped working, every rule above would pass for nothing.</summary>
    [Fact]
    public void TheDependencyCheckSeesAKnownDependency()
    {
        var result = Types.InAssembly(WebAssembly)
            .That().ResideInNamespace($"{Features}.Stories")
            .ShouldNot().HaveDependencyOnAny(Services)
            .GetResult();

        Assert.False(result.IsSuccessful);
        Assert.Contains(result.FailingTypes, t => t.Name == "StoryList");

        var nested = Types.InAssembly(WebAssembly)
            .That().ResideInNamespaceMatching(WithChildren(Hosting))
            .ShouldNot().HaveDependencyOnAny(Features)
            .GetResult();
        Assert.Contains(nested.FailingTypes, t => t.Name == "StoryExtensions");
    }

    private static string WithChildren(string ns) => $"^{Regex.Escape(ns)}(\\..+)?$";

    private static List<string> FeatureNamespaces() =>
        WebAssembly.GetTypes()
            .Select(t => t.Namespace)
            .OfType<string>()
            .Where(n => n.StartsWith(Features + ".", StringComparison.Ordinal))
            .Select(n => string.Join('.', n.Split('.').Take(4)))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

    private static string Describe(TestResult result, string rule) =>
        result.IsSuccessful
            ? string.Empty
            : $"{rule}; offending types: {string.Join(", ", result.FailingTypes.Select(t => t.FullName))}";
}
