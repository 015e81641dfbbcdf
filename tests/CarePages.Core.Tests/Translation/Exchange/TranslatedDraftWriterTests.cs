using CarePages.Core.Documents;
using CarePages.Core.SampleContent;
using CarePages.Core.Schema;
using CarePages.Core.Schema.ContentTypes;
using CarePages.Core.Translation.Exchange;
using CarePages.Core.Translation.Units;
using static CarePages.Core.Tests.Translation.TestSupport.TranslationTestData;

namespace CarePages.Core.Tests.Translation.Exchange;

public sealed class TranslatedDraftWriterTests
{
    private static MultiCultureDocument Route => SampleClinic.Documents.Single(d => d.Id == IntranasalRouteKey);

    private static FieldPath FirstBlockTitle => TranslatableUnits.Of(IntranasalRoute()).First(u => u.Path.IsInBlock).Path;

    [Fact]
    public void Apply_ANewCulture_MakesTheDocumentReadableInItWithTheTranslatedValues()
    {
        var written = TranslatedDraftWriter.Apply(Route, "fr-FR",
        [
            new(FieldPath.NodeName, FieldKind.PlainText, "Kétamine par voie nasale"),
            new(FieldPath.Of(TreatmentRouteType.HowItWorks), FieldKind.RichText, "<p>La <strong>kétamine</strong> est pulvérisée.</p>"),
            new(FirstBlockTitle, FieldKind.PlainText, "Facile à utiliser"),
        ]);

        var french = CultureDocumentFactory.Create(written, "fr-FR");
        Assert.Equal("Kétamine par voie nasale", french.Name);
        Assert.Equal("<p>La <strong>kétamine</strong> est pulvérisée.</p>", TranslatableUnits.TextAt(french, FieldPath.Of(TreatmentRouteType.HowItWorks)));
        Assert.Equal("Facile à utiliser", TranslatableUnits.TextAt(french, FirstBlockTitle));
    }

    [Fact]
    public void Apply_AnExistingCulture_ReplacesOnlyThatCulturesValues()
    {
        var before = IntranasalRoute("es-ES");

        var written = TranslatedDraftWriter.Apply(Route, "es-ES", [new(FirstBlockTitle, FieldKind.PlainText, "Muy fácil de usar")]);

        Assert.Equal("Muy fácil de usar", TranslatableUnits.TextAt(CultureDocumentFactory.Create(written, "es-ES"), FirstBlockTitle));
        Assert.Equal(TranslatableUnits.TextAt(IntranasalRoute(), FirstBlockTitle), TranslatableUnits.TextAt(CultureDocumentFactory.Create(written, "en-GB"), FirstBlockTitle));
        Assert.Equal(TranslatableUnits.TextAt(IntranasalRoute("ar"), FirstBlockTitle), TranslatableUnits.TextAt(CultureDocumentFactory.Create(written, "ar"), FirstBlockTitle));
        Assert.Equal(before.Name, CultureDocumentFactory.Create(written, "es-ES").Name);
        Assert.Equal(Route.Values.Count, written.Values.Count);
    }

    [Fact]
    public void Apply_ABlockThatIsNotInTheDocument_ThrowsNamingTheBlock()
    {
        var missing = FieldPath.Of(TreatmentRouteType.Benefits).Element(Guid.NewGuid()).Property("title");

        var error = Assert.Throws<DocumentShapeException>(() => TranslatedDraftWriter.Apply(Route, "fr-FR", [new(missing, FieldKind.PlainText, "x")]));

        Assert.Contains("has no block with key", error.Message, StringComparison.Ordinal);
    }
}
