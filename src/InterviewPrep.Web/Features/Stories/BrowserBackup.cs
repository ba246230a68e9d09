using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace InterviewPrep.Web.Features.Stories;

/// <summary>Text a browser kept in localStorage for a story, with when it was typed.</summary>
internal sealed record BackupCopy(string UserId, DateTime At, Dictionary<string, string>? Values);

/// <summary>
/// The editor's side of <c>StoryEditor.razor.js</c>: the browser copies every keystroke of a form to
/// localStorage, under one key per story, and re-sends the fields when the network returns. The page that
/// owns it disposes it, which stops the copying.
/// </summary>
internal sealed class BrowserBackup(IJSRuntime js) : IAsyncDisposable
{
    internal const string ModulePath = "./Features/Stories/StoryEditor.razor.js";

    private IJSObjectReference? _module;
    private IJSObjectReference? _attachment;

    /// <summary>
    /// Reads what the browser kept for this story (only the same user's copy) and starts copying the form's
    /// fields under the story's key; a form attached earlier, under another key, stops being copied.
    /// </summary>
    public async Task<BackupCopy?> AttachAsync(ElementReference form, int? storyId, string userId)
    {
        _module ??= await js.InvokeAsync<IJSObjectReference>("import", ModulePath);
        if (_attachment is not null)
        {
            await _module.InvokeVoidAsync("detach", _attachment);
            await _attachment.DisposeAsync();
        }

        var copy = await _module.InvokeAsync<BackupCopy?>("readBackup", KeyFor(storyId), userId);
        _attachment = await _module.InvokeAsync<IJSObjectReference>("attach", form, KeyFor(storyId), userId);
        return copy;
    }

    /// <summary>Forgets the browser's copy once the server holds the text; nothing to do before the first attach.</summary>
    public async Task ClearAsync(int? storyId)
    {
        if (_module is not null)
        {
            await _module.InvokeVoidAsync("clearBackup", KeyFor(storyId));
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_module is not null)
            {
                await _module.InvokeVoidAsync("detach", _attachment);
                await _module.DisposeAsync();
            }

            if (_attachment is not null)
            {
                await _attachment.DisposeAsync();
            }
        }
        catch (JSDisconnectedException)
        {
            // The circuit is gone; the browser cleans up with the page.
        }
    }

    private static string KeyFor(int? storyId) =>
        $"interviewprep:story:{(storyId is int id ? id.ToString(CultureInfo.InvariantCulture) : "new")}";
}
