using InterviewPrep.Web.Features.Practice;

namespace InterviewPrep.Web.Tests.Features.Practice;

public sealed class RecordingControlsTests : BunitContext
{
    [Fact]
    public void BeforeTheBrowserModuleHasLoadedNoRecordingIsOffered()
    {
        var cut = Render<RecordingControls>();

        Assert.Empty(cut.FindAll("button"));
        Assert.Empty(cut.FindAll("audio"));
    }

    [Fact]
    public async Task TheCandidateRecordsStopsAndGetsThePlaybackWithANote()
    {
        var module = JSInterop.SetupInterviewBrowser();
        module.Setup<string>("startRecording").SetResult("recording");
        module.Setup<string?>("stopRecording").SetResult("blob:answer-1");
        var browser = await InterviewBrowser.LoadAsync(JSInterop.JSRuntime);
        var cut = Render<RecordingControls>(p => p.Add(x => x.Browser, browser));

        cut.Find("button").Click();

        Assert.Equal("Stop recording", cut.Find("button.recording-on").TextContent);
        Assert.Equal("Recording. It stays in this browser tab and is never uploaded.", cut.Find(".recording-note").TextContent);

        cut.Find("button.recording-on").Click();

        Assert.Equal("blob:answer-1", cut.Find("audio").GetAttribute("src"));
        Assert.Equal("Your recording", cut.Find("audio").GetAttribute("aria-label"));
        Assert.Equal("Record myself", cut.Find("button").TextContent);
        Assert.StartsWith("Play it back", cut.Find(".recording-note").TextContent, StringComparison.Ordinal);
        Assert.Equal("blob:answer-1", browser.StepRecording);
    }

    [Fact]
    public async Task ABlockedMicrophoneIsExplained()
    {
        JSInterop.SetupInterviewBrowser().Setup<string>("startRecording").SetResult("denied");
        var browser = await InterviewBrowser.LoadAsync(JSInterop.JSRuntime);
        var cut = Render<RecordingControls>(p => p.Add(x => x.Browser, browser));

        cut.Find("button").Click();

        Assert.Equal("Record myself", cut.Find("button").TextContent);
        Assert.StartsWith("The microphone is blocked or missing.", cut.Find(".recording-note").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABrowserThatCannotRecordOffersNoButton()
    {
        JSInterop.SetupInterviewBrowser(canRecord: false);
        var browser = await InterviewBrowser.LoadAsync(JSInterop.JSRuntime);

        var cut = Render<RecordingControls>(p => p.Add(x => x.Browser, browser));

        Assert.Empty(cut.FindAll("button"));
    }
}
