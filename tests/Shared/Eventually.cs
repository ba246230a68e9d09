using System.Diagnostics;

namespace InterviewPrep.Tests;

/// <summary>
/// Waits for something the app does in the background (a write after a response, a file watcher's reload) by
/// polling for the outcome, instead of sleeping for a guessed time. Fails with <c>what</c> when time runs out.
/// </summary>
internal static class Eventually
{
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(25);

    public static async Task TrueAsync(Func<bool> condition, string what, TimeSpan? timeout = null)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > (timeout ?? DefaultTimeout))
            {
                throw new TimeoutException($"Waited {clock.Elapsed.TotalSeconds:0.#} s for {what}, in vain.");
            }

            await Task.Delay(PollInterval);
        }
    }
}
