using CarePages.Core.Documents;
using CarePages.Core.Ports;
using CarePages.Core.Schema.ContentTypes;
using CarePages.Demo.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CarePages.Demo.Tests;

public class OptionalFieldsTests : IClassFixture<DemoAppFactory>
{
    private readonly DemoAppFactory _factory;

    public OptionalFieldsTests(DemoAppFactory factory) => _factory = factory;

    [Theory]
    [InlineData("carePagesTreatmentOverview", "Bare treatment")]
    [InlineData("carePagesTreatmentRoute", "Bare route")]
    [InlineData("carePagesCondition", "Bare condition")]
    public async Task Get_PageWithOnlyAName_RendersNoEmptyHeadingsListsOrLinks(string alias, string name)
    {
        var client = _factory.CreateClient();
        var store = _factory.Services.GetRequiredService<IContentStore>();
        await store.SaveAsync(new MultiCultureDocument
        {
            Id = Guid.NewGuid(),
            DocumentType = new ReferenceById(TypeKeyOf(alias)),
            Variants = [new DocumentVariant("en-GB", null, name)],
        });

        var page = await HtmlPage.GetAsync(client, "/en-gb/" + name.ToLowerInvariant().Replace(' ', '-'));

        Assert.Equal(name, Assert.Single(page.QuerySelectorAll("h1")).TextContent);
        Assert.Empty(page.QuerySelectorAll(".cp-main h2, .cp-main h3, .cp-main ul, .cp-main ol, .cp-main dl, .cp-main section"));
        Assert.All(page.QuerySelectorAll("h1, h2, h3, li, dt, dd, p, a"), e => Assert.False(string.IsNullOrWhiteSpace(e.TextContent), $"empty <{e.LocalName}>"));
        Assert.Null(page.QuerySelector(".cp-languages"));
        Assert.DoesNotContain("lastReviewed", page.Head!.QuerySelector("script[type='application/ld+json']")!.TextContent, StringComparison.Ordinal);
    }

    private static Guid TypeKeyOf(string alias) => alias switch
    {
        TreatmentOverviewType.Alias => TreatmentOverviewType.Key,
        TreatmentRouteType.Alias => TreatmentRouteType.Key,
        _ => ConditionType.Key,
    };
}
