using CarePages.Core.Translation.Matrix;
using CarePages.Core.Translation.Units;
using CarePages.Core.Translation.Workflow;
using static CarePages.Core.Tests.Translation.TestSupport.TranslationTestData;

namespace CarePages.Core.Tests.Translation.Matrix;

public sealed class TranslationStatusMatrixTests
{
    private static readonly Guid OtherDocument = new("4714e67b-4bdc-496c-8e52-c68c58277011");

    [Fact]
    public void Build_StatesOfTwoDocuments_CountsEachStatusPerDocumentAndCulture()
    {
        var states = new[]
        {
            State(IntranasalRouteKey, "es-ES", "a", TranslationStatus.Approved),
            State(IntranasalRouteKey, "es-ES", "b", TranslationStatus.Approved),
            State(IntranasalRouteKey, "es-ES", "c", TranslationStatus.InReview),
            State(IntranasalRouteKey, "ar", "a", TranslationStatus.InTranslation),
            State(OtherDocument, "ES-es", "a", TranslationStatus.Translated),
        };

        var matrix = TranslationStatusMatrix.Build([Document(IntranasalRouteKey, 4), Document(OtherDocument, 2)], ["es-ES", "ar"], states);

        var spanish = matrix.Counts(IntranasalRouteKey, "es-ES");
        Assert.Equal((2, 1, 1, 4), (spanish[TranslationStatus.Approved], spanish[TranslationStatus.InReview], spanish[TranslationStatus.Untranslated], spanish.Total));
        Assert.Equal(3, matrix.Counts(IntranasalRouteKey, "ar")[TranslationStatus.Untranslated]);
        Assert.Equal(1, matrix.Counts(OtherDocument, "es-ES")[TranslationStatus.Translated]);
        Assert.Equal(2, matrix.Counts(OtherDocument, "ar")[TranslationStatus.Untranslated]);
        Assert.False(spanish.AllApproved);
    }

    [Fact]
    public void Build_AnOutdatedApprovedField_CountsAsOutdatedNotApproved()
    {
        var approved = State(IntranasalRouteKey, "es-ES", "a", TranslationStatus.Approved);
        var outdated = approved with { PendingSourceChange = new SourceChange("old", "new", SourceFingerprint.Of("new")) };

        var counts = TranslationStatusMatrix.Build([Document(IntranasalRouteKey, 1)], ["es-ES"], [outdated]).Counts(IntranasalRouteKey, "es-ES");

        Assert.Equal((0, 1), (counts[TranslationStatus.Approved], counts[TranslationStatus.Outdated]));
    }

    [Fact]
    public void Counts_AnUnknownDocumentOrCulture_IsAllZero()
    {
        var matrix = TranslationStatusMatrix.Build([Document(IntranasalRouteKey, 3)], ["es-ES"], Array.Empty<StatusTally>());

        Assert.Equal(0, matrix.Counts(OtherDocument, "es-ES").Total);
        Assert.Equal(0, matrix.Counts(IntranasalRouteKey, "fr-FR").Total);
        Assert.Equal(3, matrix.Counts(IntranasalRouteKey, "es-ES")[TranslationStatus.Untranslated]);
    }

    [Fact]
    public void Rows_OneDocument_CarriesItsNameTypeAndEveryStatusPerCulture()
    {
        var matrix = TranslationStatusMatrix.Build([Document(IntranasalRouteKey, 2)], ["es-ES"], [State(IntranasalRouteKey, "es-ES", "a", TranslationStatus.InReview)]);

        var row = Assert.Single(matrix.Rows());

        Assert.Equal((IntranasalRouteKey, "Intranasal ketamine", "carePagesTreatmentRoute"), (row.DocumentKey, row.Name, row.ContentTypeAlias));
        Assert.Equal(Enum.GetNames<TranslationStatus>(), row.Cultures["es-ES"].Keys);
        Assert.Equal((1, 1), (row.Cultures["es-ES"]["InReview"], row.Cultures["es-ES"]["Untranslated"]));
    }

    [Fact]
    public void Rows_SerialisedAsJson_GiveEveryStatusItsCountAndRefuseUnknownNames()
    {
        var matrix = TranslationStatusMatrix.Build(
            [Document(IntranasalRouteKey, 3), Document(OtherDocument, 1)],
            ["es-ES", "ar"],
            [State(IntranasalRouteKey, "ar", "a", TranslationStatus.Approved), State(OtherDocument, "es-ES", "a", TranslationStatus.Translated)]);

        var rows = matrix.Rows();
        var json = System.Text.Json.JsonSerializer.Serialize(rows[0].Cultures);

        Assert.Equal(
            """{"es-ES":{"Untranslated":3,"InTranslation":0,"MachineTranslated":0,"Translated":0,"InReview":0,"Approved":0,"Outdated":0},"ar":{"Untranslated":2,"InTranslation":0,"MachineTranslated":0,"Translated":0,"InReview":0,"Approved":1,"Outdated":0}}""",
            json);
        Assert.Equal(1, rows[1].Cultures["es-ES"]["Translated"]);
        Assert.False(rows[1].Cultures["es-ES"].ContainsKey("Done"));
        Assert.Throws<KeyNotFoundException>(() => rows[1].Cultures["es-ES"]["Done"]);
    }

    private static MatrixDocument Document(Guid key, int translatableFields) => new(key, "Intranasal ketamine", "carePagesTreatmentRoute", translatableFields);

    private static FieldTranslationState State(Guid document, string culture, string path, TranslationStatus status) =>
        FieldTranslationState.Untranslated(document, culture, FieldPath.Of(path)) with { Status = status, SourceFingerprint = SourceFingerprint.Of(path) };
}
