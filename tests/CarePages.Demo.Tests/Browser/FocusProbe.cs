using Microsoft.Playwright;

namespace CarePages.Demo.Tests.Browser;

/// <summary>What the keyboard walk asks the page: which elements take Tab focus, and how the focused one looks.</summary>
internal static class FocusProbe
{
    // Shared by both scripts: a short, readable name for an element in failure messages.
    private const string Describe = """
        const describe = el => {
          const text = (el.getAttribute('aria-label') || el.textContent || '').replace(/\s+/g, ' ').trim().slice(0, 40);
          const href = el.getAttribute('href');
          return `<${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}> "${text}"${href ? ' ' + href : ''}`;
        };
        """;

    // Everything the Tab key stops at, in document order (no positive tabindex is used), numbered in data-cp-walk.
    private const string MarkTabStopsScript = "() => {" + Describe + """
          const candidates = document.querySelectorAll(
            'a[href], area[href], button, input, select, textarea, summary, iframe, [tabindex], [contenteditable="true"]');
          const stops = [...candidates].filter(el =>
            !el.disabled && el.tabIndex >= 0 && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden');
          stops.forEach((el, i) => el.dataset.cpWalk = String(i));
          return stops.map(describe);
        }
        """;

    private const string FocusedScript = "() => {" + Describe + """
          const el = document.activeElement;
          if (!el || el === document.body || el === document.documentElement) return null;
          const style = getComputedStyle(el);
          const box = el.getBoundingClientRect();
          return {
            name: describe(el),
            walkIndex: el.dataset.cpWalk === undefined ? -1 : Number(el.dataset.cpWalk),
            className: el.className,
            id: el.id,
            outlineStyle: style.outlineStyle,
            outlineWidth: parseFloat(style.outlineWidth) || 0,
            boxShadow: style.boxShadow,
            onScreen: box.width > 0 && box.height > 0 && box.top >= 0 && box.left >= 0
              && box.bottom <= window.innerHeight && box.right <= document.documentElement.clientWidth,
          };
        }
        """;

    /// <summary>Numbers every Tab stop in document order and returns their names in that order.</summary>
    public static Task<string[]> MarkTabStopsAsync(IPage page) => page.EvaluateAsync<string[]>(MarkTabStopsScript);

    /// <summary>The focused element, or null when focus is on the document itself.</summary>
    public static Task<FocusedElement?> FocusedAsync(IPage page) => page.EvaluateAsync<FocusedElement?>(FocusedScript);
}
