using InterviewPrep.Web.Features.Practice;

namespace InterviewPrep.Web.Tests.Features.Practice;

/// <summary>bUnit's stand-in for MockInterview.razor.js, answering what the browser can do.</summary>
internal static class BrowserModuleSetup
{
    public static BunitJSModuleInterop SetupInterviewBrowser(this BunitJSInterop js, bool canSpeak = true, bool canRecord = true)
    {
        var module = js.SetupModule(InterviewBrowser.ModulePath);
        module.Setup<bool>("canSpeak").SetResult(canSpeak);
        module.Setup<bool>("canRecord").SetResult(canRecord);
        return module;
    }
}
