namespace InterviewPrep.E2E.Pages;

/// <summary>
/// Moves through a page with Tab and Shift+Tab only, as someone without a mouse does, and checks at every
/// stop that the focused element can be seen: on screen, with a focus ring drawn around it.
/// </summary>
internal sealed class KeyboardUser(IPage page)
{
    private const string DescribeFocus = """
        () => {
            const e = document.activeElement;
            if (!e || e === document.body || e === document.documentElement) {
                return { element: 'nothing (the page body)', problem: 'focus was lost' };
            }
            const style = getComputedStyle(e);
            const box = e.getBoundingClientRect();
            const text = (e.getAttribute('aria-label') || e.innerText || e.value || e.getAttribute('placeholder') || '').trim().slice(0, 50);
            const element = `<${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}${e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\s+/).join('.') : ''}> "${text}"`;
            const transparent = c => c === 'transparent' || /rgba\(.*,\s*0\)$/.test(c);
            const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 && !transparent(style.outlineColor);
            const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
            const onScreen = box.width >= 4 && box.height >= 4 && box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth;
            const problem = !onScreen ? `it is off screen (${Math.round(box.left)},${Math.round(box.top)} ${Math.round(box.width)}x${Math.round(box.height)})`
                : !(outline || shadow) ? `it has no focus ring (outline ${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}, box-shadow ${style.boxShadow})`
                : null;
            return { element, problem };
        }
        """;

    private readonly List<string> _stops = [];

    /// <summary>Every element focused so far, in order, for failure messages.</summary>
    public IReadOnlyList<string> Stops => _stops;

    /// <summary>
    /// Presses Tab until <paramref name="target"/> has focus, or Shift+Tab when it comes before the focused
    /// element, as someone heading for it would; each stop on the way is checked.
    /// </summary>
    public async Task TabToAsync(ILocator target, int maxStops = 80)
    {
        if (await IsFocusedAsync(target))
        {
            await CheckFocusIsVisibleAsync();
            return;
        }

        var key = await target.EvaluateAsync<bool>(
            "e => !!(document.activeElement && document.activeElement !== document.body && (document.activeElement.compareDocumentPosition(e) & Node.DOCUMENT_POSITION_PRECEDING))")
            ? "Shift+Tab"
            : "Tab";
        for (var i = 0; i < maxStops; i++)
        {
            await page.Keyboard.PressAsync(key);
            await CheckFocusIsVisibleAsync();
            if (await IsFocusedAsync(target))
            {
                return;
            }
        }

        Assert.Fail($"{maxStops} presses of {key} did not reach {target}. Last stops: {string.Join(" | ", _stops.TakeLast(12))}");
    }

    /// <summary>
    /// Tabs from the top of the page to its end, checking every stop; returns how many there were. Problems are
    /// collected rather than thrown, so that one run lists every invisible stop on the page.
    /// </summary>
    public async Task<int> TabThroughAsync(List<string> problems, int maxStops = 400)
    {
        await page.EvaluateAsync("() => { document.activeElement?.blur(); window.scrollTo(0, 0); }");
        for (var i = 0; i < maxStops; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focus = await page.EvaluateAsync<FocusReport>(DescribeFocus);
            if (focus.Problem == "focus was lost")
            {
                return i;
            }

            _stops.Add(focus.Element);
            if (focus.Problem is not null)
            {
                problems.Add($"{new Uri(page.Url).PathAndQuery}: {focus.Element}: {focus.Problem}");
            }
        }

        problems.Add($"{page.Url}: more than {maxStops} tab stops, or focus never left the page.");
        return maxStops;
    }

    /// <summary>Tabs to <paramref name="target"/> and presses <paramref name="key"/> on it (Enter for links and buttons, Space for boxes).</summary>
    public async Task ActivateAsync(ILocator target, string key = "Enter")
    {
        await TabToAsync(target);
        await page.Keyboard.PressAsync(key);
    }

    /// <summary>Tabs to a field and types into it, key by key.</summary>
    public async Task TypeIntoAsync(ILocator field, string text)
    {
        await TabToAsync(field);
        await page.Keyboard.TypeAsync(text);
    }

    private async Task CheckFocusIsVisibleAsync()
    {
        var focus = await page.EvaluateAsync<FocusReport>(DescribeFocus);
        _stops.Add(focus.Element);
        Assert.True(focus.Problem is null, $"Keyboard focus on {focus.Element} cannot be seen: {focus.Problem}. Page {page.Url}; stops before: {string.Join(" | ", _stops.SkipLast(1).TakeLast(6))}");
    }

    private static Task<bool> IsFocusedAsync(ILocator target) =>
        target.EvaluateAsync<bool>("e => e === document.activeElement", null, new() { Timeout = 5_000 });

    private sealed class FocusReport
    {
        public string Element { get; set; } = string.Empty;

        public string? Problem { get; set; }
    }
}
