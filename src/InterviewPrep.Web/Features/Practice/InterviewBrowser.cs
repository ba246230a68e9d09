using Microsoft.JSInterop;

namespace InterviewPrep.Web.Features.Practice;

/// <summary>
/// The mock interview's browser side (MockInterview.razor.js): the interviewer's voice and the candidate's recording
/// of the current step. Recordings are blob: URLs that never leave the tab.
/// </summary>
public sealed class InterviewBrowser : IAsyncDisposable
{
    public const string ModulePath = "./Features/Practice/MockInterview.razor.js";

    private readonly IJSObjectReference _module;

    private InterviewBrowser(IJSObjectReference module, bool canSpeak, bool canRecord)
    {
        _module = module;
        CanSpeak = canSpeak;
        CanRecord = canRecord;
    }

    public bool CanSpeak { get; }

    public bool CanRecord { get; }

    public bool Recording { get; private set; }

    /// <summary>The recording made in this step, once it is stopped.</summary>
    public string? StepRecording { get; private set; }

    public string? Note { get; private set; }

    public static async Task<InterviewBrowser> LoadAsync(IJSRuntime js)
    {
        ArgumentNullException.ThrowIfNull(js);
        var module = await js.InvokeAsync<IJSObjectReference>("import", ModulePath);
        return new InterviewBrowser(module, await module.InvokeAsync<bool>("canSpeak"), await module.InvokeAsync<bool>("canRecord"));
    }

    /// <summary>A new question: the last step's recording stays with its round, not on screen.</summary>
    public void NewStep()
    {
        StepRecording = null;
        Note = null;
    }

    public async Task SpeakAsync(string text) => await _module.InvokeVoidAsync("speak", text);

    public async Task StartRecordingAsync()
    {
        var state = await _module.InvokeAsync<string>("startRecording");
        Recording = state == "recording";
        Note = state switch
        {
            "recording" => "Recording. It stays in this browser tab and is never uploaded.",
            "denied" => "The microphone is blocked or missing. Allow it in the browser to record yourself.",
            _ => "This browser cannot record audio.",
        };
    }

    public async Task StopRecordingAsync()
    {
        StepRecording = await _module.InvokeAsync<string?>("stopRecording");
        Recording = false;
        Note = StepRecording is null ? null : "Play it back to hear your pace. It disappears when you leave the page.";
    }

    public async Task StopRecordingIfOnAsync()
    {
        if (Recording)
        {
            await StopRecordingAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _module.InvokeVoidAsync("dispose");
            await _module.DisposeAsync();
        }
        catch (JSDisconnectedException)
        {
            // The circuit is gone; the browser drops the recordings with the page.
        }
    }
}
