using CarePages.Core.Tests.Translation.TestSupport;
using CarePages.Core.Translation.Exchange;
using CarePages.Core.Translation.Status;
using CarePages.Core.Translation.Storage;
using static CarePages.Core.Tests.Translation.TestSupport.TranslationTestData;

namespace CarePages.Core.Tests.Translation.Status;

public sealed class TranslationStatusServiceTests
{
    [Fact]
    public async Task GetMatrixAsync_SampleClinic_RowsCarryTheSourceNameAndDocumentType()
    {
        var service = new TranslationStatusService(new InMemoryDraftContentStore(), new InMemoryTranslationStateStore(), new TranslationExchangeOptions());

        var rows = (await service.GetMatrixAsync(["es-ES"])).Rows();

        var route = rows.Single(r => r.DocumentKey == IntranasalRouteKey);
        Assert.Equal(("Intranasal ketamine", "carePagesTreatmentRoute"), (route.Name, route.ContentTypeAlias));
        Assert.All(rows, r => Assert.False(string.IsNullOrEmpty(r.Name)));
    }
}
