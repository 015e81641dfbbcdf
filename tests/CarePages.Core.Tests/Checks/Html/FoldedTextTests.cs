using CarePages.Core.Checks.Html;

namespace CarePages.Core.Tests.Checks.Html;

public class FoldedTextTests
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
        Assert.Equal(expected, FoldedText.Fold(text));

    [Fact]
    public void Of_SameList_IsBuiltOnceAndKeepsTheListsSpelling()
    {
        var list = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "Más información", "PDF" };

        var folded = FoldedTerms.Of(list);

        Assert.Same(folded, FoldedTerms.Of(list));
        Assert.True(folded.Contains("mas informacion"));
        Assert.Equal("PDF", folded.FindPart("folleto pdf 2 mb"));
        Assert.Null(folded.FindPart("folleto"));
    }
}
