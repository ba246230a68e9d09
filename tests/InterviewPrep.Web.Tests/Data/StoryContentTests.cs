using System.Text.Json;

namespace InterviewPrep.Web.Tests.Data;

public sealed class StoryContentTests
{
    private static readonly StoryContent Sample = StoryContent.Empty with
    {
        Title = "Refund timeouts",
        Star = new StarFields("One merchant.", "Find why.", "I read the logs.", "Timeouts fell.", "Check raw data first."),
        Principles = ["dive-deep"],
    };

    [Fact]
    public void StoredJsonKeepsTheStarFieldsFlatBesideTheTitle()
    {
        using var json = JsonDocument.Parse(Sample.ToJson());

        var names = json.RootElement.EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(["title", "situation", "task", "action", "result", "reflection", "level", "principles", "questions", "tags"], names);
        Assert.Equal("I read the logs.", json.RootElement.GetProperty("action").GetString());
    }

    [Fact]
    public void ARevisionSavedBeforeTheFieldsBecameOneTypeStillReads()
    {
        const string older = """{"title":"Old","situation":"Before","task":"","action":"Did it","result":"","reflection":"","level":"mid","principles":[],"questions":[],"tags":[]}""";

        var content = StoryContent.FromJson(older);

        Assert.Equal("Before", content.Star.Situation);
        Assert.Equal("Did it", content.Part(StarPart.Action));
        Assert.Equal(Level.Mid, content.Level);
        Assert.Equal(older, content.ToJson());
    }

    [Fact]
    public void AnImportFileWithMissingStarFieldsReadsThemAsEmpty()
    {
        const string file = """{"format":"interviewprep-stories","version":1,"exportedAt":"2026-01-01T00:00:00Z","stories":[{"id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","title":"Sparse","action":"Only this","level":"senior"}]}""";

        var (stories, error) = StoryExport.FromJson(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(file)));

        Assert.Null(error);
        var content = Assert.Single(stories).ToContent();
        Assert.Equal(StarFields.Empty with { Action = "Only this" }, content.Star);
    }
}
