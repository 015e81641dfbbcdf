using Microsoft.Playwright;

namespace CarePages.Demo.Tests.Browser;

/// <summary>Layout questions for WCAG 1.4.10 (reflow) and 1.4.4 (resize text), answered by the page itself.</summary>
internal static class LayoutProbe
{
    // Elements whose right or left edge lies outside the document's width, which is what makes it scroll sideways.
    private const string HorizontalOverflowScript = """
        () => {
          const root = document.documentElement;
          if (root.scrollWidth <= root.clientWidth) return [];
          return [...document.body.querySelectorAll('*')]
            .map(el => ({ el, box: el.getBoundingClientRect() }))
            .filter(({ box }) => box.width > 0 && (box.right > root.clientWidth + 0.5 || box.left < -0.5))
            .slice(0, 10)
            .map(({ el, box }) => `<${el.tagName.toLowerCase()} class="${el.className}"> spans ${Math.round(box.left)}..${Math.round(box.right)}px`)
            .concat([`scrollWidth ${root.scrollWidth}px > clientWidth ${root.clientWidth}px`]);
        }
        """;

    // With the root font size doubled: boxes that hide or clip content that no longer fits, and text that runs
    // past either side of the viewport. A 1x1 px clipped box is the visually-hidden pattern, not a clipped text.
    private const string ClippedAtDoubleTextScript = """
        () => {
          document.documentElement.style.fontSize = '200%';
          const width = document.documentElement.clientWidth;
          const found = [];
          const name = el => `<${el.tagName.toLowerCase()}${el.className ? ' class="' + el.className + '"' : ''}>`;
          for (const el of document.body.querySelectorAll('*')) {
            const style = getComputedStyle(el);
            const clips = ['hidden', 'clip'].includes(style.overflowX) || ['hidden', 'clip'].includes(style.overflowY);
            const tiny = el.clientWidth <= 1 && el.clientHeight <= 1;
            if (clips && !tiny && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)) {
              found.push(`${name(el)} clips its content (${el.scrollWidth}x${el.scrollHeight} in ${el.clientWidth}x${el.clientHeight})`);
            }
          }
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            if (!node.textContent.trim()) continue;
            const range = document.createRange();
            range.selectNodeContents(node);
            for (const box of range.getClientRects()) {
              if (box.width > 0 && (box.left < -0.5 || box.right > width + 0.5)) {
                found.push(`"${node.textContent.trim().slice(0, 40)}" in ${name(node.parentElement)} runs to ${Math.round(box.left)}..${Math.round(box.right)}px of ${width}px`);
                break;
              }
            }
          }
          return found;
        }
        """;

    /// <summary>What sticks out sideways (empty when the page does not scroll horizontally).</summary>
    public static Task<string[]> HorizontalOverflowAsync(IPage page) => page.EvaluateAsync<string[]>(HorizontalOverflowScript);

    /// <summary>Doubles the root font size and reports every clipped box and every text running out of the viewport.</summary>
    public static Task<string[]> ClippedAtDoubleTextAsync(IPage page) => page.EvaluateAsync<string[]>(ClippedAtDoubleTextScript);
}
