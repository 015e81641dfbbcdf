using CarePages.Core.Translation.Units;

namespace CarePages.Core.Tests.Translation.Units;

public sealed class FieldPathTests
{
    private static readonly Guid BlockKey = new("0e114c2e-b6f4-47fe-a4ec-603ec73b5eae");

    [Fact]
    public void Property_OfABlock_NamesTheBlockByKey()
    {
        var path = FieldPath.Of("benefits").Element(BlockKey).Property("text");

        Assert.Equal("benefits[0e114c2e-b6f4-47fe-a4ec-603ec73b5eae].text", path.Value);
        Assert.Equal("benefits", path.RootAlias);
        Assert.Equal("text", path.LeafAlias);
        Assert.True(path.IsInBlock);
    }

    [Fact]
    public void Of_ADocumentProperty_IsItsAlias()
    {
        var path = FieldPath.Of("howItWorks");

        Assert.Equal("howItWorks", path.ToString());
        Assert.Equal("howItWorks", path.RootAlias);
        Assert.False(path.IsInBlock);
        Assert.Equal(new FieldPath("howItWorks"), path);
    }
}
