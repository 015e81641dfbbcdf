using CarePages.Core.Rendering;
using Microsoft.Playwright;

namespace CarePages.Demo.Tests.Browser;

[Collection(SharedChromium.Name)]
public class StylesheetTests(DemoBrowser browser)
{
    public static TheoryData<string> LeftToRightAndRightToLeftRoutes => new(
        DemoPageCatalogue.FirstPageOf(PageKind.TreatmentRoute, "en-GB"),
        DemoPageCatalogue.FirstPageOf(PageKind.TreatmentRoute, "ar"));

    [BrowserTheory]
    [MemberData(nameof(LeftToRightAndRightToLeftRoutes))]
    public async Task BookingCallout_OnAPhone_HasCallTargetsAtLeast44PxSquare(string url)
    {
        await using var tab = await browser.OpenAsync(url, width: 320, height: 640);

        var targets = await tab.Page.EvaluateAsync<double[][]>(
            "() => [...document.querySelectorAll('.cp-booking a, a.cp-call-first-phone')].map(a => { const r = a.getBoundingClientRect(); return [r.width, r.height]; })");

        // The sample books by phone only: the call-out's number and the "Call to book" one under the H1.
        Assert.Equal(2, targets.Length);
        Assert.All(targets, size => Assert.True(size[0] >= 44 && size[1] >= 44, $"{url}: a booking target is {size[0]}x{size[1]} px."));
    }

    [BrowserTheory]
    [EveryDemoPage]
    public async Task Load_OnAPhone_LanguageAndBreadcrumbLinksAreAtLeast24PxSquare(string url)
    {
        await using var tab = await browser.OpenAsync(url, width: 320, height: 640);

        var small = await tab.Page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('.cp-languages a, .cp-breadcrumb a')]
              .map(a => { const r = a.getBoundingClientRect(); return [a.textContent.trim(), r.width, r.height]; })
              .filter(([, w, h]) => w < 24 || h < 24)
              .map(([text, w, h]) => `${text}: ${w}x${h}`)
            """);

        // WCAG 2.5.8 Target Size (Minimum): 24 by 24 CSS pixels.
        Assert.True(small.Length == 0, $"{url}: targets under 24x24 px: {string.Join(", ", small)}");
    }

    [BrowserFact]
    public async Task Print_ConditionPage_HidesNavigationAndPrintsBlackOnWhiteWithExternalAddresses()
    {
        var url = DemoPageCatalogue.FirstPageOf(PageKind.Condition, "en-GB");
        await using var tab = await browser.OpenAsync(url);

        await tab.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        var printed = await tab.Page.EvaluateAsync<string[]>("""
            () => {
              const style = (selector, pseudo) => getComputedStyle(document.querySelector(selector), pseudo);
              const external = document.querySelector('main a[href^="http"]');
              const callouts = [...document.querySelectorAll('.cp-facts, .cp-booking, .cp-review, .cp-section--whenToSeekUrgentHelp')];
              return [
                ['.cp-skip', '.cp-languages', '.cp-breadcrumb'].map(s => style(s).display).join(' '),
                [...document.querySelectorAll('body, body *')].some(el => {
                  const s = getComputedStyle(el);
                  return s.color !== 'rgb(0, 0, 0)' || (s.backgroundColor !== 'rgba(0, 0, 0, 0)' && s.backgroundColor !== 'rgb(255, 255, 255)');
                }) ? 'colour' : 'black on white',
                callouts.length > 0 && callouts.every(el => getComputedStyle(el).breakInside === 'avoid')
                  ? 'call-outs kept whole' : 'call-outs split',
                style('main a[href^="http"]', '::after').content.includes(external.getAttribute('href')) ? 'address printed' : 'address missing',
              ];
            }
            """);

        Assert.Equal(["none none none", "black on white", "call-outs kept whole", "address printed"], printed);
    }

    [BrowserFact]
    public async Task Load_PrefersReducedMotion_NothingScrollsSmoothlyTransitionsOrAnimates()
    {
        var url = DemoPageCatalogue.FirstPageOf(PageKind.TreatmentRoute, "en-GB");
        await using var tab = await browser.OpenAsync(url);

        await tab.Page.EmulateMediaAsync(new PageEmulateMediaOptions { ReducedMotion = ReducedMotion.Reduce });

        var moving = await tab.Page.EvaluateAsync<string[]>("""
            () => [document.documentElement, ...document.body.querySelectorAll('*')].map(el => [el, getComputedStyle(el)])
              .filter(([, s]) => s.scrollBehavior !== 'auto' || s.animationName !== 'none'
                || s.transitionDuration.split(',').some(d => parseFloat(d) > 0))
              .map(([el, s]) => `<${el.tagName.toLowerCase()}> ${s.scrollBehavior} ${s.animationName} ${s.transitionDuration}`)
            """);

        Assert.True(moving.Length == 0, string.Join('\n', moving));
    }
}
