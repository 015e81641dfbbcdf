using System.Reflection;
using CarePages.Core.Schema.ContentTypes;
using CarePages.Umbraco.Rendering;
using Microsoft.AspNetCore.Razor.Hosting;

namespace CarePages.Umbraco.Tests.Rendering;

public sealed class PrecompiledViewsTests
{
    private static readonly string[] CompiledViews = typeof(PublishedPageViewModelFactory).Assembly
        .GetCustomAttributes<RazorCompiledItemAttribute>()
        .Select(item => item.Identifier)
        .ToArray();

    [Theory]
    [InlineData(TreatmentOverviewType.Alias)]
    [InlineData(TreatmentRouteType.Alias)]
    [InlineData(ConditionType.Alias)]
    public void Package_EveryPageType_ShipsItsUmbracoTemplateCompiled(string alias)
    {
        Assert.Contains($"/Views/{alias}.cshtml", CompiledViews);
    }

    [Theory]
    [InlineData("_Page")]
    [InlineData("_PublishedPage")]
    [InlineData("_NotFound")]
    [InlineData("_BookingCallout")]
    [InlineData("_LanguageSwitcher")]
    public void Package_SharedPartials_AreCompiledSoSitesNeedNoViewFiles(string partial)
    {
        Assert.Contains($"/Views/Partials/CarePages/{partial}.cshtml", CompiledViews);
    }
}
