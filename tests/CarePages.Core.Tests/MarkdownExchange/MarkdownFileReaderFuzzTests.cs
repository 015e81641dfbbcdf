using AngleSharp.Dom;
using CarePages.Core.Checks.Html;
using CarePages.Core.MarkdownExchange;
using CarePages.Core.Schema;
using CarePages.Core.Tests.Fuzzing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CarePages.Core.Tests.MarkdownExchange;

/// <summary>
/// Property-based fuzzing of the Markdown exchange reader: files of noise, and exports whose fields hold random
/// Markdown, raw HTML, hostile addresses and deep nesting. Refusals are errors in the result, never exceptions; a
/// file is imported whole or not at all; and imported rich text is safe and links only to the source's addresses.
/// </summary>
public sealed class MarkdownFileReaderFuzzTests
{
    private const string Source = "<p>Call <a href=\"https://111.nhs.uk\">NHS 111</a>.</p><p><img src=\"/media/map.png\" alt=\"Map\"></p>";

    private static readonly ExchangeFileHeader Header = new("job-fuzz", new Guid("3c9a1f57-2b64-4e0c-8f3e-5d7a9b1c2e4f"), "en-GB", "es-ES");

    private static readonly ExchangeField[] Fields =
    [
        new(ExchangeField.NodeName, "Name", FieldKind.PlainText, 60, "Ketamine"),
        new("summary", "Summary", FieldKind.MultilineText, 160, "Two lines\nof text"),
        new("body", "Body", FieldKind.RichText, null, Source),
    ];

    private static readonly string Exported = MarkdownFileWriter.Write(Header, Fields).Value;

    private static readonly string[] SourceAddresses = ["https://111.nhs.uk", "/media/map.png"];

    private const string ExportedBody = "Call [NHS 111](https://111.nhs.uk).\n\n![Map](/media/map.png)";

    [Fact]
    public void Exported_HoldsTheTextThePropertiesReplace()
    {
        // Without these the properties below would read the unchanged export and prove nothing.
        Assert.Contains(ExportedBody, Exported, StringComparison.Ordinal);
        Assert.Contains("Two lines\nof text", Exported, StringComparison.Ordinal);
        Assert.Contains("\nKetamine\n", Exported, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_LoneSurrogateInRichText_FieldRefusedNamingIt()
    {
        // Found by the fuzz suite: it was accepted, saved, and then every XLIFF 1.2 export of the document threw.
        var import = MarkdownFileReader.Read(Exported.Replace("Call [NHS", "Call \uD800 [NHS", StringComparison.Ordinal), Header, Fields);

        var error = Assert.Single(import.Errors);
        Assert.Equal((MarkdownImportErrorKind.RefusedCharacter, "body"), (error.Kind, error.FieldId));
        Assert.Contains("U+D800", error.Message, StringComparison.Ordinal);
        Assert.Empty(import.Fields);
    }

    [Property(MaxTest = 50)]
    public Property Read_FileOfNoise_RefusedOrWholeNeverThrows() =>
        Prop.ForAll(Gen.OneOf(FuzzText.Sized, FuzzMarkup.Fragment, Gen.Choose(0, Exported.Length).Select(cut => Exported[..cut])).ToArbitrary(), text => { AssertWholeOrNothing(text); });

    [Property(MaxTest = 60)]
    public Property Read_ExportWithRandomFieldText_ImportedRichTextSafeAndLinkedOnlyToTheSource() =>
        Prop.ForAll(
            (from body in Markdown from summary in FuzzText.Up(40) from name in FuzzText.Up(20) select (body, summary, name)).ToArbitrary(),
            input =>
            {
                var text = Exported
                    .Replace(ExportedBody, input.body, StringComparison.Ordinal)
                    .Replace("Two lines\nof text", input.summary, StringComparison.Ordinal)
                    .Replace("\nKetamine\n", "\n" + input.name + "\n", StringComparison.Ordinal);
                var import = AssertWholeOrNothing(text);
                if (import.Succeeded && import.Fields.Single(f => f.Id == "body").Value is { Length: > 0 } html)
                {
                    Assert.Null(SafeHtml.FirstUnsafe(html, SafeHtml.EditorSubset));
                    var body = HtmlInput.ParseFragment(html).Body!;
                    Assert.All(body.QuerySelectorAll("a[href], img[src]"), e => Assert.Contains(e.GetAttribute("href") ?? e.GetAttribute("src"), SourceAddresses));
                }
            });

    [Property(MaxTest = 100)]
    public Property Read_SourceLinksKeptWithAnyAllowedText_AcceptedWithTheSourceAddresses() =>
        Prop.ForAll(
            FuzzText.Allowed(15).Select(t => MarkdownEscaper.Text(t.Replace('\n', ' ').Replace('\r', ' ').Replace('\t', ' '))).ArrayOf(4).ToArbitrary(),
            slots =>
            {
                var body = $"x {slots[0]} [x{slots[1]}](https://111.nhs.uk) {slots[2]}\n\n![x{slots[3]}](/media/map.png)";
                var import = AssertWholeOrNothing(Exported.Replace(ExportedBody, body, StringComparison.Ordinal));

                Assert.True(import.Succeeded, string.Join('\n', import.Errors.Select(e => e.Message)));
                var html = HtmlInput.ParseFragment(import.Fields.Single(f => f.Id == "body").Value).Body!;
                Assert.Equal(SourceAddresses, html.QuerySelectorAll("a[href], img[src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")));
            });

    private static MarkdownImport AssertWholeOrNothing(string text)
    {
        var import = MarkdownFileReader.Read(text, Header, Fields);
        Assert.True(import.Succeeded ? import.Fields.Count == Fields.Length : import.Fields.Count == 0 && import.Errors.All(e => e.Message.Length > 0));
        return import;
    }

    /// <summary>Markdown blocks and inlines with hostile links and images, raw HTML, and nesting up to far past the limit.</summary>
    private static Gen<string> Markdown { get; } = Gen.Frequency(
        (6, Gen.Sized(size => Gen.Choose(0, Math.Min(size, 30)).SelectMany(n => MarkdownPiece.ArrayOf(n)).Select(string.Concat))),
        (1, from opener in Gen.Elements("> ", "- ", "* ", "1. ", "**", "_", "[", "<div>", "<em>", "  - ")
            from depth in Gen.Frequency((4, Gen.Choose(50, 80)), (1, Gen.Choose(200, 2000)))
            select string.Concat(Enumerable.Repeat(opener, depth)) + "x"));

    private static Gen<string> MarkdownPiece { get; } = Gen.Frequency(
        (4, FuzzText.Up(12)),
        (2, from text in FuzzText.Up(6) from address in Gen.Elements(FuzzMarkup.Addresses.Concat(SourceAddresses).ToArray()) from image in Gen.Elements("", "!") select $"{image}[{text}]({address})"),
        (1, Gen.Elements(FuzzMarkup.Addresses).Select(a => $"<{a}>")),
        (1, Gen.Elements("\n", "\n\n", "\n> ", "\n- ", "\n1. ", "\n# ", "\n    ", "\n```\n", "\n| a | b |\n|---|---|\n| c | d |\n", "**", "_", "`", "\\", "[x]: https://evil.example\n", "[ref][x]", "<!-- field: body -->", "<!-- note -->")),
        (1, FuzzMarkup.Fragment));
}
