using CarePages.Core.Translation.Messages;
using CarePages.Core.Translation.Units;

namespace CarePages.Core.Tests.Translation.Messages;

public class ExchangeNoteTests
{
    [Theory]
    [InlineData("en", 1, "The file has 1 problem; the document was left unchanged.")]
    [InlineData("en", 3, "The file has 3 problems; the document was left unchanged.")]
    [InlineData("ar", 1, "في الملف مشكلة واحدة؛ بقي المستند دون تغيير.")]
    [InlineData("ar", 2, "في الملف مشكلتان؛ بقي المستند دون تغيير.")]
    [InlineData("ar", 5, "في الملف 5 مشكلات؛ بقي المستند دون تغيير.")]
    public void In_CountedNote_TakesThePluralFormOfTheUiLanguage(string uiCulture, long count, string expected) =>
        Assert.Equal(expected, ExchangeNote.Counted(ImportMessages.FileProblems, count).In(uiCulture));

    [Theory]
    [InlineData("en", "20,971,520")]
    [InlineData("de", "20.971.520")]
    [InlineData("fr-FR", "20 971 520")]
    public void In_NumberArgument_IsWrittenTheWayTheUiLanguageWritesNumbers(string uiCulture, string expected)
    {
        var text = ExchangeNote.Keyed(ImportMessages.FileTooLarge, ("limit", 20_971_520L)).In(uiCulture);

        Assert.Contains(expected, text.Replace('\u202F', ' ').Replace('\u00A0', ' '), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ar")]
    public void In_DateArgument_StaysInIsoFormInEveryLanguage(string uiCulture)
    {
        var at = new DateTimeOffset(2026, 12, 7, 10, 30, 0, TimeSpan.FromHours(1));

        var text = ExchangeNote.Keyed(ImportMessages.TranslatedAgain, ("user", "Rami Haddad"), ("at", at)).In(uiCulture);

        Assert.Contains("2026-12-07 09:30 UTC", text, StringComparison.Ordinal);
        Assert.Contains("Rami Haddad", text, StringComparison.Ordinal);
    }

    [Fact]
    public void In_FieldArgumentWithLabels_NamesTheFieldByItsLabel()
    {
        var note = ExchangeNote.Keyed(ImportMessages.FieldTooLong, ("field", new FieldPath("howItWorks")), ("length", 300_000), ("limit", 200_000));

        Assert.StartsWith("Field “How it works” holds 300,000 characters", note.In("en", path => path.Value == "howItWorks" ? "How it works" : path.Value), StringComparison.Ordinal);
        Assert.StartsWith("Field “howItWorks” holds", note.English, StringComparison.Ordinal);
    }

    [Fact]
    public void In_UnknownUiLanguage_IsEnglish()
    {
        var note = ExchangeNote.Keyed(ImportMessages.UnknownJob, ("job", "cp-20261207-abc"));

        Assert.Equal(note.English, note.In("ja-JP"));
        Assert.Equal("No export created job cp-20261207-abc.", note.English);
    }

    [Fact]
    public void In_NoteAsValue_IsWrittenInTheSameLanguage()
    {
        var note = ExchangeNote.Keyed(MarkdownMessages.OnLine, ("line", "12"), ("text", ExchangeNote.Keyed(MarkdownMessages.DuplicateField, ("id", "title"))));

        Assert.Equal("Zeile 12: Diese Zeile nennt das Feld „title“ ein zweites Mal.", note.In("de-DE"));
        Assert.Equal("Line 12: This line names the field \"title\" a second time.", note.English);
    }

    [Fact]
    public void In_SentencesAsValueNamingAField_EachWrittenInTheLanguageWithTheFieldsLabel()
    {
        var refusal = new[]
        {
            ExchangeNote.Keyed(MarkdownMessages.LinksChanged, ("changes", ExchangeNote.Keyed(MarkdownMessages.LinkChanged, ("from", "\"https://111.nhs.uk\""), ("to", ExchangeNote.Keyed(MarkdownMessages.NoAddress))))),
            ExchangeNote.Keyed(ConversionMessages.AddressRemoved, ("address", "javascript:alert(1)")),
        };
        var note = ExchangeNote.Keyed(MarkdownMessages.FieldRefused, ("field", new FieldPath("howItWorks")), ("refusal", refusal));

        var text = note.In("es", path => path.Value == "howItWorks" ? "Cómo funciona" : path.Value);

        Assert.Equal(
            "Campo «Cómo funciona»: la traducción cambia la dirección del enlace \"https://111.nhs.uk\" por ninguna dirección. Los enlaces y las imágenes vienen del texto de origen: " +
            "traduzca su texto, alt y title, y mantenga cada dirección tal como se exportó. Se eliminó la dirección «javascript:alert(1)»: solo se permiten direcciones web, de correo electrónico y de teléfono. No se importó.",
            text);
    }
}
