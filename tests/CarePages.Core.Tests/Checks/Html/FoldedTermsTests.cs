using CarePages.Core.Checks.Html;

namespace CarePages.Core.Tests.Checks.Html;

public class FoldedTermsTests
{
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
