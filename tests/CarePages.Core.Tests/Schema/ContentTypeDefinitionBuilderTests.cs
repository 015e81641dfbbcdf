using CarePages.Core.Schema;

namespace CarePages.Core.Tests.Schema;

public sealed class ContentTypeDefinitionBuilderTests
{
    [Fact]
    public void Variant_BeforeAnyTab_ThrowsNamingTheProperty()
    {
        var builder = new ContentTypeDefinitionBuilder(Guid.NewGuid(), "carePagesTest", "Test", ContentTypeKind.Document, "icon-document");

        var error = Assert.Throws<InvalidOperationException>(() => builder.Variant("title", "Title", BuiltInDataTypes.Textstring, FieldKind.PlainText));

        Assert.Contains("'title'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Variant_SameAliasTwice_Throws()
    {
        var builder = new ContentTypeDefinitionBuilder(Guid.NewGuid(), "carePagesTest", "Test", ContentTypeKind.Document, "icon-document")
            .Tab("Content")
            .Variant("title", "Title", BuiltInDataTypes.Textstring, FieldKind.PlainText);

        Assert.Throws<InvalidOperationException>(() => builder.Invariant("title", "Title", BuiltInDataTypes.Textstring, FieldKind.PlainText));
    }

    [Fact]
    public void Build_TypeVariesByCulture_OnlyWhenAPropertyDoes()
    {
        var invariantOnly = new ContentTypeDefinitionBuilder(Guid.NewGuid(), "a", "A", ContentTypeKind.Composition, "icon")
            .Tab("T").Invariant("date", "Date", BuiltInDataTypes.DatePicker, FieldKind.Date).Build();
        var mixed = new ContentTypeDefinitionBuilder(Guid.NewGuid(), "b", "B", ContentTypeKind.Document, "icon")
            .Tab("T").Invariant("date", "Date", BuiltInDataTypes.DatePicker, FieldKind.Date)
            .Variant("title", "Title", BuiltInDataTypes.Textstring, FieldKind.PlainText).Build();

        Assert.False(invariantOnly.VariesByCulture);
        Assert.True(mixed.VariesByCulture);
        Assert.Equal([0, 1], mixed.Properties.Select(p => p.SortOrder));
        Assert.All(mixed.Properties, p => Assert.Equal(mixed.Containers[0].Key, p.ContainerKey));
    }
}
