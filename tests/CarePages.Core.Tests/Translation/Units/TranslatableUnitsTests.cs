using CarePages.Core.Schema;
using CarePages.Core.Schema.ContentTypes;
using CarePages.Core.Translation.Units;
using static CarePages.Core.Tests.Translation.TestSupport.TranslationTestData;

namespace CarePages.Core.Tests.Translation.Units;

public sealed class TranslatableUnitsTests
{
    [Fact]
    public void Of_TheIntranasalRoute_ListsEveryTranslatableTextFieldWithItsSource()
    {
        var units = TranslatableUnits.Of(IntranasalRoute());

        var paths = units.Select(u => u.Path.Value).ToArray();
        Assert.Contains(TreatmentRouteType.Medication, paths);
        Assert.Contains(TreatmentRouteType.HowItWorks, paths);
        Assert.Contains(PageBasicsComposition.PageTitle, paths);
        Assert.Contains(PageBasicsComposition.Summary, paths);
        Assert.Equal("ketamine", units.Single(u => u.Path.Value == TreatmentRouteType.Medication).SourceText);
        Assert.StartsWith("<p>Intranasal ketamine is a liquid", units.Single(u => u.Path.Value == TreatmentRouteType.HowItWorks).SourceText, StringComparison.Ordinal);
        Assert.All(units, u => Assert.Equal("en-GB", u.SourceCulture));
        Assert.All(units, u => Assert.Equal(IntranasalRouteKey, u.DocumentKey));
    }

    [Fact]
    public void Of_TheIntranasalRoute_StartsWithThePageNameTheTranslatorAlsoTranslates()
    {
        var name = TranslatableUnits.Of(IntranasalRoute())[0];

        Assert.Equal((FieldPath.NodeName, "Intranasal ketamine"), (name.Path, name.SourceText));
    }

    [Fact]
    public void TextAt_PathsOfTheSourceInASpanishVersion_ReadTheSpanishText()
    {
        var units = TranslatableUnits.Of(IntranasalRoute());
        var spanish = IntranasalRoute("es-ES");

        Assert.Equal("Ketamina intranasal", TranslatableUnits.TextAt(spanish, FieldPath.NodeName));
        Assert.Equal("ketamina", TranslatableUnits.TextAt(spanish, FieldPath.Of(TreatmentRouteType.Medication)));
        var blockTitle = units.First(u => u.Path.IsInBlock).Path;
        Assert.False(string.IsNullOrEmpty(TranslatableUnits.TextAt(spanish, blockTitle)));
        Assert.NotEqual(TranslatableUnits.TextAt(IntranasalRoute(), blockTitle), TranslatableUnits.TextAt(spanish, blockTitle));
        Assert.Null(TranslatableUnits.TextAt(spanish, FieldPath.Of("benefits").Element(Guid.NewGuid()).Property("title")));
    }

    [Fact]
    public void Of_TheIntranasalRoute_LeavesOutChoicesPickersDatesAndInvariantText()
    {
        var paths = TranslatableUnits.Of(IntranasalRoute()).Select(u => u.Path.Value).ToArray();

        Assert.DoesNotContain(TreatmentRouteType.RouteOfAdministration, paths);
        Assert.DoesNotContain(TreatmentRouteType.ConditionsTreated, paths);
        Assert.DoesNotContain(ClinicalReviewComposition.ReviewedOn, paths);
        Assert.DoesNotContain(ClinicalReviewComposition.ReviewedBy, paths);
        Assert.DoesNotContain(TreatmentRouteType.Benefits, paths);
    }

    [Fact]
    public void Of_TheIntranasalRoute_ListsTitleAndTextOfEveryBenefitBlockByKeyInLayoutOrder()
    {
        var route = IntranasalRoute();
        var blocks = route.Field(TreatmentRouteType.Benefits)!.Elements;

        var blockUnits = TranslatableUnits.Of(route).Where(u => u.Path.IsInBlock).ToArray();

        Assert.Equal(3, blocks.Count);
        var expected = blocks.SelectMany(b => new[] { $"benefits[{b.Key}].title", $"benefits[{b.Key}].text" });
        Assert.Equal(expected, blockUnits.Select(u => u.Path.Value));
        Assert.Equal("Easy to use", blockUnits[0].SourceText);
        Assert.Equal(FieldKind.MultilineText, blockUnits[1].Kind);
        Assert.Equal("Text", blockUnits[1].Name);
    }

    [Fact]
    public void Of_ReorderedBlocks_KeepsEachBlockFieldsPath()
    {
        var route = IntranasalRoute();
        var benefits = route.Field(TreatmentRouteType.Benefits)!;
        var reordered = route with
        {
            Fields = route.Fields.Select(f => f == benefits ? f with { Elements = benefits.Elements.Reverse().ToArray() } : f).ToArray(),
        };

        var before = TranslatableUnits.Of(route).ToDictionary(u => u.Path, u => u.SourceText);
        var after = TranslatableUnits.Of(reordered).ToDictionary(u => u.Path, u => u.SourceText);

        Assert.Equal(before.OrderBy(p => p.Key.Value, StringComparer.Ordinal), after.OrderBy(p => p.Key.Value, StringComparer.Ordinal));
    }

    [Fact]
    public void Of_AnEmptyField_LeavesItOut()
    {
        var route = IntranasalRoute();
        var emptied = route with
        {
            Fields = route.Fields.Select(f => f.Alias == TreatmentRouteType.TypicalOnset ? f with { Text = null } : f).ToArray(),
        };

        Assert.DoesNotContain(TranslatableUnits.Of(emptied), u => u.Path.Value == TreatmentRouteType.TypicalOnset);
    }
}
