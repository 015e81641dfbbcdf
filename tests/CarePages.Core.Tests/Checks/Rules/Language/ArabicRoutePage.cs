namespace CarePages.Core.Tests.Checks.Rules.Language;

/// <summary>
/// A right-to-left page modelled on the demo's /ar/ketamine-for-hard-to-treat-pain/intranasal-ketamine (the shared partials'
/// markup: language switcher with dir="ltr" links, facts with bdi, a section of rich text, the booking call-out with its phone
/// number in a bdi dir="ltr"), trimmed, with <c>{content}</c> where a test puts the rich text it is about.
/// </summary>
internal static class ArabicRoutePage
{
    private const string Template = """
        <!DOCTYPE html>
        <html lang="ar" dir="rtl">
        <head><meta charset="utf-8"><title>الكيتامين عن طريق الأنف: بخاخ لعلاج الألم المزمن</title></head>
        <body class="cp-page cp-page--treatmentroute">
            <a class="cp-skip" href="#main">انتقل إلى المحتوى</a>
            <header class="cp-header">
                <p class="cp-site"><a href="/">معلومات للمرضى</a></p>
                <nav class="cp-languages" aria-label="هذه الصفحة بلغات أخرى">
                    <ul>
                        <li><a href="/en-gb/ketamine-for-hard-to-treat-pain/intranasal-ketamine" lang="en-GB" hreflang="en-GB" dir="ltr">English (United Kingdom)</a></li>
                        <li><a href="/es-es/ketamina-para-el-dolor-dificil-de-tratar/ketamina-intranasal" lang="es-ES" hreflang="es-ES" dir="ltr">Español (España)</a></li>
                        <li><a href="/ar/ketamine-for-hard-to-treat-pain/intranasal-ketamine" lang="ar" hreflang="ar" dir="rtl" aria-current="page">العربية</a></li>
                    </ul>
                </nav>
            </header>
            <main id="main" class="cp-main" tabindex="-1">
                <h1>الكيتامين عن طريق الأنف</h1>
                <section class="cp-facts" aria-labelledby="cp-facts">
                    <h2 id="cp-facts">لمحة سريعة</h2>
                    <dl>
                        <dt>الدواء</dt>
                        <dd><bdi>الكيتامين</bdi></dd>
                        <dt>طريقة الإعطاء</dt>
                        <dd>بخاخ في الأنف <span class="cp-edqm">المصطلح القياسي: <bdi lang="en">Nasal use</bdi> (<bdi>20049000</bdi>)</span></dd>
                    </dl>
                </section>
                <section class="cp-section cp-section--sideEffects" aria-labelledby="cp-sideEffects">
                    <h2 id="cp-sideEffects">الآثار الجانبية</h2>
                    {content}
                </section>
                <section class="cp-booking" aria-labelledby="cp-booking">
                    <h2 id="cp-booking">احجز موعدًا</h2>
                    <p class="cp-phone"><a href="tel:+442079460123">اتصل على <bdi dir="ltr">020 7946 0123</bdi></a></p>
                </section>
                <section class="cp-review" aria-labelledby="cp-review">
                    <h2 id="cp-review">المراجعة السريرية</h2>
                    <dl>
                        <dt>راجعه</dt>
                        <dd><bdi>Dr Alex Example, Consultant in Pain Medicine</bdi></dd>
                        <dt>تاريخ المراجعة</dt>
                        <dd><time datetime="2026-09-14">14 سبتمبر 2026</time></dd>
                    </dl>
                </section>
            </main>
            <footer class="cp-footer"><p>لا تغني هذه المعلومات عن نصيحة فريق الرعاية الخاص بك.</p></footer>
        </body>
        </html>
        """;

    /// <summary>The page with <paramref name="content"/> as the side-effects section's rich text.</summary>
    public static string With(string content) => Template.Replace("{content}", content, StringComparison.Ordinal);
}
