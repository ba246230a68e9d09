using InterviewPrep.Web.Features.Stories;
using Microsoft.AspNetCore.Components;

namespace InterviewPrep.Web.Tests.Features.Stories;

/// <summary>The editor's wrapper over StoryEditor.razor.js, against bUnit's stand-in for the browser.</summary>
public sealed class BrowserBackupTests : BunitContext
{
    [Fact]
    public async Task AttachingReadsTheStorysCopyThenCopiesTheFormUnderTheStorysKey()
    {
        var typedAt = new DateTime(2026, 3, 9, 9, 41, 0, DateTimeKind.Utc);
        var module = Browser(new BackupCopy("user-1", typedAt, new Dictionary<string, string> { ["action"] = "Typed offline." }));
        await using var backup = new BrowserBackup(JSInterop.JSRuntime);

        var copy = await backup.AttachAsync(default(ElementReference), 42, "user-1");

        Assert.Equal("Typed offline.", copy!.Values!["action"]);
        Assert.Equal(typedAt, copy.At);
        var attach = Assert.Single(module.Invocations["attach"]);
        Assert.Equal("interviewprep:story:42", attach.Arguments[1]);
        Assert.Equal(["interviewprep:story:42", "user-1"], Assert.Single(module.Invocations["readBackup"]).Arguments);
    }

    [Fact]
    public async Task ANewStoryIsKeptUnderItsOwnKeyAndClearingBeforeAnyAttachAsksNothingOfTheBrowser()
    {
        var module = Browser(copy: null);
        await using var backup = new BrowserBackup(JSInterop.JSRuntime);

        await backup.ClearAsync(null);
        Assert.Empty(JSInterop.Invocations);

        Assert.Null(await backup.AttachAsync(default(ElementReference), null, "user-1"));
        await backup.ClearAsync(null);

        Assert.Equal("interviewprep:story:new", Assert.Single(module.Invocations["clearBackup"]).Arguments[0]);
    }

    [Fact]
    public async Task DisposingStopsTheCopyingAndReattachingDetachesTheOldForm()
    {
        var module = Browser(copy: null);
        var backup = new BrowserBackup(JSInterop.JSRuntime);
        await backup.AttachAsync(default(ElementReference), null, "user-1");

        await backup.AttachAsync(default(ElementReference), 7, "user-1");
        await backup.DisposeAsync();

        Assert.Equal(2, module.Invocations["detach"].Count);
        Assert.Equal("interviewprep:story:7", module.Invocations["attach"][1].Arguments[1]);
    }

    /// <summary>The module as a browser with <paramref name="copy"/> in its localStorage for every key.</summary>
    private BunitJSModuleInterop Browser(BackupCopy? copy)
    {
        var module = JSInterop.SetupModule(BrowserBackup.ModulePath);
        module.Setup<BackupCopy?>("readBackup", _ => true).SetResult(copy);
        module.SetupModule("attach", _ => true);
        module.SetupVoid("detach", _ => true).SetVoidResult();
        module.SetupVoid("clearBackup", _ => true).SetVoidResult();
        return module;
    }
}
