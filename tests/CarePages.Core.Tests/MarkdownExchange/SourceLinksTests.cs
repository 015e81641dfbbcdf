using System.Text.RegularExpressions;
using CarePages.Core.MarkdownExchange;
using CarePages.Core.Schema;

namespace CarePages.Core.Tests.MarkdownExchange;

/// <summary>Markdown follows XLIFF's rule: links and images come from the source, translators translate their text, alt and title.</summary>
public sealed class SourceLinksTests
{
    private const string Source = "<p>Call <a href=\"https://111.nhs.uk\" title=\"NHS 111 online\">NHS 111</a> or see the <img src=\"/media/map.png\" alt=\"Map of the clinic\" title=\"Map\"> below.</p><p>Read more.</p>";

    private static readonly ExchangeFileHeader Header = new("job-8", new Guid("0b6f1c1e-8d0a-4f57-9d63-6a1d2f3c4b5a"), "en-GB", "es-ES");

    private static readonly ExchangeField[] Fields =
    [
        new(ExchangeField.NodeName, "Name", FieldKind.PlainText, null, "Page"),
        new("body", "Body", FieldKind.RichText, null, Source),
    ];

    private static string Exported => MarkdownFileWriter.Write(Header, Fields).Value;

    [Fact]
    public void Read_LinkTextAltAndTitleTranslatedAndMoved_AcceptedWithTheSourceAddresses()
    {
        var text = Exported
            .Replace("Call", "Llame al", StringComparison.Ordinal)
            .Replace("[NHS 111]", "[servicio 111]", StringComparison.Ordinal)
            .Replace("\"NHS 111 online\"", "\"NHS 111 en línea\"", StringComparison.Ordinal)
            .Replace("![Map of the clinic]", "![Plano de la clínica]", StringComparison.Ordinal)
            .Replace("\"Map\"", "\"Plano\"", StringComparison.Ordinal)
            .Replace("Read more.", "Más información.", StringComparison.Ordinal);

        var import = MarkdownFileReader.Read(text, Header, Fields);

        Assert.True(import.Succeeded, string.Join("\n", import.Errors));
        Assert.Equal(
            "<p>Llame al <a href=\"https://111.nhs.uk\" title=\"NHS 111 en línea\">servicio 111</a> or see the <img src=\"/media/map.png\" alt=\"Plano de la clínica\" title=\"Plano\"> below.</p><p>Más información.</p>",
            Body(import));
    }

    [Fact]
    public void Read_LinkMovedToAnotherParagraph_Accepted()
    {
        var link = Exported.Split('\n').Select(l => Regex.Match(l, @"\[NHS 111\]\([^)]*\)")).First(m => m.Success).Value;
        var text = Exported.Replace(link, "NHS 111", StringComparison.Ordinal).Replace("Read more.", $"Read more at {link}.", StringComparison.Ordinal);

        var import = MarkdownFileReader.Read(text, Header, Fields);

        Assert.True(import.Succeeded, string.Join("\n", import.Errors));
        Assert.Contains("<p>Read more at <a href=\"https://111.nhs.uk\" title=\"NHS 111 online\">NHS 111</a>.</p>", Body(import), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_AddressWrittenWithOtherEscapes_AcceptedAndStoredAsTheSourceSpellsIt()
    {
        var source = "<p><a href=\"https://example.org/información?q=a b\">Leaflet</a></p>";
        ExchangeField[] fields = [new("body", "Body", FieldKind.RichText, null, source)];
        var text = MarkdownFileWriter.Write(Header, fields).Value;
        var exported = Regex.Match(text, @"\]\((?<url>[^)]*)\)").Groups["url"].Value;

        var import = MarkdownFileReader.Read(text.Replace(exported, "<https://example.org/informaci%C3%B3n?q=a%20b>", StringComparison.Ordinal).Replace("Leaflet", "Folleto", StringComparison.Ordinal), Header, fields);

        Assert.True(import.Succeeded, string.Join("\n", import.Errors));
        Assert.Equal("<p><a href=\"https://example.org/información?q=a%20b\">Folleto</a></p>", Body(import));
    }

    [Theory]
    [InlineData("Read more.", "Read more at [our site](https://evil.example/phish).", "adds a link to \"https://evil.example/phish\" that the source does not have")]
    [InlineData("Read more.", "Read more at [our site](//evil.example).", "adds a link to \"//evil.example\" that the source does not have")]
    [InlineData("Read more.", "Read more at <a href=\"https://evil.example\">our site</a>.", "adds a link to \"https://evil.example\" that the source does not have")]
    [InlineData("(https://111.nhs.uk", "(https://evil.example", "changes the link address \"https://111.nhs.uk\" to \"https://evil.example\"")]
    [InlineData("Read more.", "Read more. ![Logo](https://evil.example/track.png)", "adds an image to \"https://evil.example/track.png\" that the source does not have")]
    [InlineData("Read more.", "Read more. <img src=\"https://evil.example/t.png\" alt=\"\">", "adds an image to \"https://evil.example/t.png\" that the source does not have")]
    [InlineData("(/media/map.png", "(https://evil.example/map.png", "changes the image address \"/media/map.png\" to \"https://evil.example/map.png\"")]
    [InlineData("(https://111.nhs.uk", "(javascript:alert(document.cookie)", "changes the link address \"https://111.nhs.uk\" to none")]
    public void Read_LinkOrImageAddedOrChanged_FieldRefusedNamingTheAddressAndNothingImported(string original, string changed, string expected)
    {
        var text = Exported;
        Assert.Contains(original, text, StringComparison.Ordinal);

        var import = MarkdownFileReader.Read(text.Replace(original, changed, StringComparison.Ordinal), Header, Fields);

        var error = Assert.Single(import.Errors);
        Assert.Equal((MarkdownImportErrorKind.ChangedLinkOrImage, "body"), (error.Kind, error.FieldId));
        Assert.StartsWith("Field \"body\": the translation ", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Contains("Links and images come from the source", error.Message, StringComparison.Ordinal);
        Assert.True(error.Line > 0);
        Assert.Empty(import.Fields);
    }

    [Fact]
    public void Read_JavascriptLink_RefusalNamesTheRemovedAddress()
    {
        var text = Exported.Replace("(https://111.nhs.uk", "(javascript:alert(document.cookie)", StringComparison.Ordinal);

        var error = Assert.Single(MarkdownFileReader.Read(text, Header, Fields).Errors);

        Assert.Contains("javascript:alert(document.cookie)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_LinkRepeated_FieldRefusedAsAddingOne()
    {
        var text = Exported.Replace("Read more.", "Read more at [NHS 111](https://111.nhs.uk) too.", StringComparison.Ordinal);

        var error = Assert.Single(MarkdownFileReader.Read(text, Header, Fields).Errors);

        Assert.Contains("adds a link to \"https://111.nhs.uk\" that the source does not have", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_LinkDropped_FieldRefusedNamingIt()
    {
        var text = Regex.Replace(Exported, @"\[NHS 111\]\([^)]*\)", "NHS 111");

        var import = MarkdownFileReader.Read(text, Header, Fields);

        Assert.Contains("leaves out the source's link to \"https://111.nhs.uk\"", Assert.Single(import.Errors).Message, StringComparison.Ordinal);
        Assert.Empty(import.Fields);
    }

    [Fact]
    public void Read_ImageDropped_FieldRefusedNamingIt()
    {
        var text = Regex.Replace(Exported, @"!\[Map of the clinic\]\([^)]*\)", "the map");

        var error = Assert.Single(MarkdownFileReader.Read(text, Header, Fields).Errors);

        Assert.Contains("leaves out the source's image to \"/media/map.png\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ManyLinksAdded_RefusalNamesTheFirstTenAndCountsTheRest()
    {
        var added = string.Concat(Enumerable.Range(1, 12).Select(i => $" [x](https://evil.example/{i})"));

        var error = Assert.Single(MarkdownFileReader.Read(Exported.Replace("Read more.", "Read more." + added, StringComparison.Ordinal), Header, Fields).Errors);

        Assert.Contains("\"https://evil.example/10\"", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("\"https://evil.example/11\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("and 2 more", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ManyLinksAdded_RefusalListsThemAndCountsTheRestInTheReadersLanguage()
    {
        var added = string.Concat(Enumerable.Range(1, 12).Select(i => $" [x](https://evil.example/{i})"));

        var error = Assert.Single(MarkdownFileReader.Read(Exported.Replace("Read more.", "Read more." + added, StringComparison.Ordinal), Header, Fields).Errors);
        var german = error.Note.In("de-DE");

        Assert.StartsWith("Feld „body“: Die Übersetzung fügt einen Link zu \"https://evil.example/1\" hinzu, den der Ausgangstext nicht hat, fügt einen Link zu \"https://evil.example/2\" hinzu", german, StringComparison.Ordinal);
        Assert.Contains("\"https://evil.example/10\" hinzu, den der Ausgangstext nicht hat und 2 weitere Änderungen. Links und Bilder", german, StringComparison.Ordinal);
        Assert.EndsWith("Es wurde nicht importiert.", german, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_JavascriptLink_RefusalInArabicNamesTheRemovedAddress()
    {
        var text = Exported.Replace("(https://111.nhs.uk", "(javascript:alert(document.cookie)", StringComparison.Ordinal);

        var arabic = Assert.Single(MarkdownFileReader.Read(text, Header, Fields).Errors).Note.In("ar");

        Assert.Contains("تغيّر عنوان الرابط \"https://111.nhs.uk\" إلى عنوان فارغ", arabic, StringComparison.Ordinal);
        Assert.Contains("حُذف العنوان «javascript:alert(document.cookie)»", arabic, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RichTextFieldLeftEmpty_NotRefused()
    {
        var text = Regex.Replace(Exported, @"(<!-- field: body[^\n]*\n)[\s\S]*$", "$1\n");

        var import = MarkdownFileReader.Read(text, Header, Fields);

        Assert.True(import.Succeeded, string.Join("\n", import.Errors));
        Assert.Equal(string.Empty, Body(import));
    }

    private static string Body(MarkdownImport import) => import.Fields.Single(f => f.Id == "body").Value;
}
