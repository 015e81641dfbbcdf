using CarePages.Core.MarkdownExchange;

namespace CarePages.Core.Tests.MarkdownExchange;

public sealed class MarkdownToHtmlTests
{
    [Fact]
    public void Convert_TranslatorsEditedMarkdown_GivesTheEditorsHtml()
    {
        var source = "<h3>Your first appointment</h3><p>You will meet a <strong>pain specialist</strong>. Call <a href=\"tel:+441234567890\" title=\"Clinic\">the clinic</a>.</p><ul><li>Bring your medicines.</li><li>Ask someone to take you home.</li></ul>";
        var markdown = HtmlToMarkdown.Convert(source).Value;
        var translated = markdown
            .Replace("Your first appointment", "Su primera cita", StringComparison.Ordinal)
            .Replace("You will meet a **pain specialist**. Call [the clinic]", "Conocerá a un **especialista en dolor**. Llame a [la clínica]", StringComparison.Ordinal)
            .Replace("\"Clinic\"", "\"Clínica\"", StringComparison.Ordinal)
            .Replace("Bring your medicines.", "Traiga sus medicamentos.", StringComparison.Ordinal)
            .Replace("Ask someone to take you home.", "Pida a alguien que le lleve a casa.", StringComparison.Ordinal);

        var html = MarkdownToHtml.TryConvert(translated).Conversion!.Value;

        Assert.Equal(
            "<h3>Su primera cita</h3><p>Conocerá a un <strong>especialista en dolor</strong>. Llame a <a href=\"tel:+441234567890\" title=\"Clínica\">la clínica</a>.</p><ul><li>Traiga sus medicamentos.</li><li>Pida a alguien que le lleve a casa.</li></ul>",
            html);
    }

    [Fact]
    public void Convert_TranslatorsOwnMarkdown_GivesStrongEmAndPipeTable()
    {
        var html = MarkdownToHtml.TryConvert("Some __bold__ and _italic_ text.\n\n| Dose | When |\n|:-----|-----:|\n| 10 mg | Day 1 |\n").Conversion!.Value;

        Assert.Equal("<p>Some <strong>bold</strong> and <em>italic</em> text.</p><table><thead><tr><th>Dose</th><th>When</th></tr></thead><tbody><tr><td>10 mg</td><td>Day 1</td></tr></tbody></table>", html);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>\n\nText", "<p>Text</p>", "script")]
    [InlineData("Text <img src=x onerror=alert(1)>", "<p>Text <img src=\"x\"></p>", null)]
    [InlineData("[click](javascript:alert(1))", "<p><a>click</a></p>", "a[href]")]
    [InlineData("<a href=\"JaVaScRiPt:alert(1)\">click</a>", "<p><a>click</a></p>", "a[href]")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>", "", "iframe")]
    [InlineData("<div onclick=\"steal()\">Hello</div>", "<p>Hello</p>", "div")]
    public void Convert_InjectedHtml_IsSanitised(string markdown, string expected, string? warnedElement)
    {
        var conversion = MarkdownToHtml.TryConvert(markdown).Conversion!;

        Assert.Equal(expected, conversion.Value);
        Assert.DoesNotContain("alert", conversion.Value, StringComparison.Ordinal);
        if (warnedElement is not null)
        {
            Assert.Contains(conversion.Warnings, w => w.Element == warnedElement);
        }
    }

    [Fact]
    public void Convert_SoftLineBreaks_BecomeSpaces()
    {
        Assert.Equal("<p>One line continued here.</p>", MarkdownToHtml.TryConvert("One line\ncontinued here.").Conversion!.Value);
    }

    [Fact]
    public void Convert_HeadingOne_IsKept()
    {
        Assert.Equal("<h1>Title</h1>", MarkdownToHtml.TryConvert("# Title").Conversion!.Value);
    }
}
