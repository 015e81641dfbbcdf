using CarePages.Core.Schema;
using CarePages.Core.Schema.ContentTypes;

namespace CarePages.Core.Tests.Schema;

public sealed class CarePagesSchemaTests
{
    [Fact]
    public void ContentTypes_AllAliases_ArePrefixedAndUnique()
    {
        var aliases = CarePagesSchema.ContentTypes.Select(t => t.Alias).ToList();

        Assert.All(aliases, a => Assert.StartsWith("carePages", a, StringComparison.Ordinal));
        Assert.Equal(aliases.Count, aliases.Distinct().Count());
    }

    [Fact]
    public void ContentTypes_EveryKey_IsUniqueAcrossTypesPropertiesContainersAndDataTypes()
    {
        var keys = CarePagesSchema.ContentTypes.Select(t => t.Key)
            .Concat(CarePagesSchema.ContentTypes.SelectMany(t => t.Properties.Select(p => p.Key)))
            .Concat(CarePagesSchema.ContentTypes.SelectMany(t => t.Containers.Select(c => c.Key)))
            .Concat(CarePagesSchema.DataTypes.Select(d => d.Key))
            .ToList();

        Assert.Equal(keys.Count, keys.Distinct().Count());
    }

    [Fact]
    public void ContentTypes_InstallOrder_PutsEveryCompositionAndChildReferenceTargetThatIsAnElementFirst()
    {
        var seen = new HashSet<Guid>();
        foreach (var type in CarePagesSchema.ContentTypes)
        {
            Assert.All(type.CompositionKeys, key => Assert.Contains(key, seen));
            seen.Add(type.Key);
        }
    }

    [Fact]
    public void ContentTypes_EveryPropertyDataType_IsInstalledByCarePagesOrBuiltIn()
    {
        var known = CarePagesSchema.DataTypes.Select(d => d.Key)
            .Concat([BuiltInDataTypes.Textstring, BuiltInDataTypes.Textarea, BuiltInDataTypes.DatePicker])
            .ToHashSet();

        Assert.All(CarePagesSchema.ContentTypes.SelectMany(t => t.Properties), p => Assert.Contains(p.DataTypeKey, known));
    }

    [Fact]
    public void Version_IsStableAndChangesWhenADefinitionChanges()
    {
        var same = CarePagesSchema.ComputeVersion(CarePagesSchema.DataTypes, CarePagesSchema.ContentTypes);
        var changedRoute = TreatmentRouteType.Definition with { Name = "Renamed" };
        var changed = CarePagesSchema.ComputeVersion(
            CarePagesSchema.DataTypes,
            CarePagesSchema.ContentTypes.Select(t => t.Key == changedRoute.Key ? changedRoute : t));

        Assert.Equal(CarePagesSchema.Version, same);
        Assert.NotEqual(CarePagesSchema.Version, changed);
    }

    [Fact]
    public void AllProperties_OfTreatmentRoute_IncludesItsCompositions()
    {
        var aliases = CarePagesSchema.AllProperties(TreatmentRouteType.Definition).Select(p => p.Alias).ToList();

        Assert.Contains("pageTitle", aliases);
        Assert.Contains("nextReviewDue", aliases);
        Assert.Contains("sideEffects", aliases);
    }

    [Theory]
    [InlineData("intranasal", "Nasal use")]
    [InlineData("Nasal use", "Nasal use")]
    [InlineData("INTRAMUSCULAR USE", "Intramuscular use")]
    public void RoutesOfAdministration_Find_AcceptsCodeOrEdqmTerm(string query, string expectedTerm)
    {
        Assert.Equal(expectedTerm, RoutesOfAdministration.Find(query)?.EdqmTerm);
    }

    [Fact]
    public void RoutesOfAdministration_Find_UnknownRoute_ReturnsNull()
    {
        Assert.Null(RoutesOfAdministration.Find("rectal"));
    }
}
