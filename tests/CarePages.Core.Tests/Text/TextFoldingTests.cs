using CarePages.Core.Text;

namespace CarePages.Core.Tests.Text;

public class TextFoldingTests
{
    [Theory]
    [InlineData("Leer MÁS…", "leer mas")]
    [InlineData("» leer   más", "leer mas")]
    [InlineData("Plus d’informations", "plus d informations")]
    [InlineData("PDF-Datei", "pdf datei")]
    [InlineData("Öffnet in einem neuen Fenster", "offnet in einem neuen fenster")]
    [InlineData("إقرأ المزيد", "اقرا المزيد")]
    [InlineData("صُورَة", "صوره")]
    [InlineData("لـ", "ل")]
    [InlineData("...", "")]
    [InlineData("", "")]
    public void Fold_TextTypedDifferently_FoldsAlike(string text, string expected) =>
        Assert.Equal(expected, TextFolding.Fold(text));

    [Theory]
    [InlineData("استشارة", "استشاره")]
    [InlineData("مستشفى", "مستشفي")]
    [InlineData("أنف", "انف")]
    [InlineData("إبرة", "ابره")]
    [InlineData("آلام", "الام")]
    [InlineData("ٱلدواء", "الدواء")]
    [InlineData("الـــدواء", "الدواء")]
    [InlineData("مَوْعِدًا", "موعدا")]
    [InlineData("العضليّ", "العضلي")]
    public void Fold_ArabicLetterVariantsTatweelAndHarakat_FoldToOneSpelling(string text, string alike) =>
        Assert.Equal(TextFolding.Fold(alike), TextFolding.Fold(text));

    [Theory]
    [InlineData("Músculo", "musculo")]
    [InlineData("Inyección intramuscular", "inyeccion intramuscular")]
    [InlineData("Kétamine à l’hôpital", "ketamine a l hopital")]
    [InlineData("Übelkeit und Schläfrigkeit", "ubelkeit und schlafrigkeit")]
    [InlineData("Straße", "straße")]
    [InlineData("GROẞE Übelkeit", "große ubelkeit")]
    public void Fold_AccentedOrCapitalLetters_AreLowerCaseWithoutAccentsButKeepSharpS(string text, string expected) =>
        Assert.Equal(expected, TextFolding.Fold(text));

    [Theory]
    [InlineData("  Call us:\n(0)20 — today!  ", "call us 0 20 today")]
    [InlineData("e\u0301te\u0301", "ete")]
    [InlineData("rendez-vous\u00A0/ RDV", "rendez vous rdv")]
    public void Fold_PunctuationAndWhiteSpace_BecomeSingleSpacesTrimmed(string text, string expected) =>
        Assert.Equal(expected, TextFolding.Fold(text));

    [Fact]
    public void Fold_KeepAccents_KeepsLatinAccentsButNotArabicMarks()
    {
        var options = new FoldingOptions { KeepAccents = true };

        Assert.Equal("kétamine", TextFolding.Fold("Kétamine", options));
        Assert.NotEqual(TextFolding.Fold("ketamine", options), TextFolding.Fold("kétamine", options));
        Assert.Equal("انف", TextFolding.Fold("أَنْف", options));
    }

    [Fact]
    public void Fold_KeepPunctuation_KeepsSymbolsAndMakesApostrophesPlain()
    {
        var options = new FoldingOptions { KeepPunctuation = true };

        Assert.Equal("5-ht3 and na+", TextFolding.Fold(" 5‐HT3  and\tNa+ ", options));
        Assert.Equal("l'eau", TextFolding.Fold("L’eau", options));
    }

    [Fact]
    public void Fold_CultureWithItsOwnCaseRules_UsesThem()
    {
        Assert.Equal("ılaç", TextFolding.Fold("ILAÇ", new FoldingOptions { Culture = "tr-TR", KeepAccents = true }));
        Assert.Equal("ilaç", TextFolding.Fold("ILAÇ", new FoldingOptions { Culture = "no-such-culture", KeepAccents = true }));
    }

    [Theory]
    [InlineData('É', "e")]
    [InlineData('ة', "ه")]
    [InlineData('\u064E', "")]
    [InlineData('\u0640', "")]
    [InlineData('ẞ', "ß")]
    [InlineData('’', "'")]
    public void Fold_OneCharacter_GivesWhatItFoldsTo(char c, string expected) =>
        Assert.Equal(expected, TextFolding.Fold(c));
}
