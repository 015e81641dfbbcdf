using CarePages.Core.Checks.Drafts;
using CarePages.Core.Ports;
using CarePages.Core.Translation.Exchange;
using CarePages.Core.Translation.Memory;
using CarePages.Core.Translation.Status;
using CarePages.Core.Translation.Storage;
using CarePages.Umbraco.Api;
using CarePages.Umbraco.Api.Authorization;
using CarePages.Umbraco.Harness;
using CarePages.Umbraco.Tests.Harness;
using CarePages.Umbraco.Translation.Api;
using Microsoft.AspNetCore.Mvc;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Actions;
using Umbraco.Cms.Core.Models.Membership;
using Umbraco.Cms.Core.Services;

namespace CarePages.Umbraco.Tests.Translation;

/// <summary>
/// Who reads what, on a site's users and groups: Read (Browse) on the node to read a document at all, then its source
/// culture and the user's languages only (status, checks, audit), and language pairs only between the source and the
/// user's languages (TMX, TBX, suggestions). Cultures are taken in the site's spelling; others are refused.
/// </summary>
public sealed class TranslationReadRightsOnUmbracoServicesTests
{
    private static readonly Guid RouteKey = ClinicSite.IntranasalRouteKey;

    [Fact]
    public async Task GetDocument_SpanishTranslatorAsksForSpanishAndArabic_GetsSpanishOnly()
    {
        using var harness = await ClinicSite.StartAsync(sampleContent: true, approvedTranslations: false);
        using var request = new SignedInRequest(harness, await SpanishTranslatorAsync(harness));

        var result = await request.Controller<TranslationStatusApiController>().GetDocument(RouteKey, ["es-ES", "ar"], request.Get<TranslationStatusService>(), CancellationToken.None);

        var status = Assert.IsType<DocumentTranslationStatus>(Assert.IsType<OkObjectResult>(result).Value);
        Assert.Equal(["es-ES"], status.Cultures.Keys);
    }

    [Fact]
    public async Task CheckDocument_SpanishTranslatorAsksForArabic_Is403CultureNotAllowed()
    {
        using var harness = await ClinicSite.StartAsync(sampleContent: true, approvedTranslations: false);
        using var request = new SignedInRequest(harness, await SpanishTranslatorAsync(harness));

        var result = await request.Controller<ChecksApiController>().CheckDocument(
            RouteKey, ["ar"], request.Get<DraftCheckService>(), request.Get<IDocumentAuthorizer>(), request.Get<IContentCultureCatalogue>(), request.Get<TranslationExchangeOptions>(), CancellationToken.None);

        AssertProblem(result, 403, "CultureNotAllowed", "ar");
    }

    [Fact]
    public async Task CheckDocument_SpanishTranslatorNamesNoCulture_GetsTheSourceAndSpanish()
    {
        using var harness = await ClinicSite.StartAsync(sampleContent: true, approvedTranslations: false);
        using var request = new SignedInRequest(harness, await SpanishTranslatorAsync(harness));

        var result = await request.Controller<ChecksApiController>().CheckDocument(
            RouteKey, [], request.Get<DraftCheckService>(), request.Get<IDocumentAuthorizer>(), request.Get<IContentCultureCatalogue>(), request.Get<TranslationExchangeOptions>(), CancellationToken.None);

        var checks = Assert.IsType<DocumentCheckResponse>(Assert.IsType<OkObjectResult>(result).Value);
        Assert.Equal(["en-GB", "es-ES"], checks.Cultures.Select(c => c.Culture));
    }

    [Fact]
    public async Task GetAudit_SpanishTranslator_SeesNoEntryOfTheArabicExport()
    {
        using var harness = await ClinicSite.StartAsync(sampleContent: true, approvedTranslations: false);
        var administrator = await harness.GetRequiredService<IUserService>().GetAsync(Constants.Security.SuperUserKey);
        using (var asAdministrator = new SignedInRequest(harness, administrator))
        {
            var exported = await asAdministrator.Controller<TranslationExportApiController>().Export(new ExportRequestBody([RouteKey], "ar"), asAdministrator.Get<TranslationExportService>(), CancellationToken.None);
            Assert.IsType<FileContentResult>(exported);
        }

        using var request = new SignedInRequest(harness, await SpanishTranslatorAsync(harness));
        var result = await request.Controller<TranslationStatusApiController>().GetAudit(RouteKey, request.Get<ITranslationStateStore>(), request.Get<IDraftContentStore>(), CancellationToken.None);

        Assert.Empty(Assert.IsType<AuditEntryResponse[]>(Assert.IsType<OkObjectResult>(result).Value));
        Assert.NotEmpty(await request.Get<ITranslationStateStore>().GetAuditTrailAsync(RouteKey));
    }

    [Theory]
    [InlineData("ar", "es-ES", "ar")]
    [InlineData("en-GB", "ar", "ar")]
    public async Task ExportMemory_PairWithALanguageThatIsNotTheTranslators_Is403(string source, string target, string refused)
    {
        using var harness = await ClinicSite.StartAsync(sampleContent: true, approvedTranslations: false);
        using var request = new SignedInRequest(harness, await SpanishTranslatorAsync(harness));

        var result = await request.Controller<TranslationMemoryApiController>().ExportMemory(source, target, request.Get<ITranslationMemoryStore>(), TimeProvider.System, CancellationToken.None);

        AssertProblem(result, 403, "CultureNotAllowed", refused);
    }

    [Fact]
    public async Task ExportMemory_SourceToTheTranslatorsLanguageInAnotherCase_IsTheSitesPair()
    {
        using var harness = await ClinicSite.StartAsync(sampleContent: true, approvedTranslations: false);
        using var request = new SignedInRequest(harness, await SpanishTranslatorAsync(harness));

        var result = await request.Controller<TranslationMemoryApiController>().ExportMemory("EN-gb", "es-es", request.Get<ITranslationMemoryStore>(), TimeProvider.System, CancellationToken.None);

        Assert.Equal("carepages-en-GB-es-ES.tmx", Assert.IsType<FileContentResult>(result).FileDownloadName);
    }

    [Fact]
    public async Task Export_CultureInLowerCase_JobInTheSitesSpelling()
    {
        using var harness = await ClinicSite.StartAsync(sampleContent: true, approvedTranslations: false);
        using var request = new SignedInRequest(harness, await SpanishTranslatorAsync(harness));
        var controller = request.Controller<TranslationExportApiController>();

        var result = await controller.Export(new ExportRequestBody([RouteKey], "es-es"), request.Get<TranslationExportService>(), CancellationToken.None);

        Assert.IsType<FileContentResult>(result);
        var job = Assert.Single(await request.Get<CarePages.Core.Translation.Jobs.ITranslationJobStore>().GetByDocumentAsync(RouteKey));
        Assert.Equal("es-ES", job.TargetCulture);
        Assert.All(await request.Get<ITranslationStateStore>().GetByDocumentAsync(RouteKey), s => Assert.Equal("es-ES", s.Culture));
    }

    [Theory]
    [InlineData("xx-!!")]
    [InlineData("fr-FR")]
    public async Task Export_CultureTheSiteDoesNotHave_Is400NamingTheSitesLanguagesAndNoJob(string culture)
    {
        using var harness = await ClinicSite.StartAsync(sampleContent: true, approvedTranslations: false);
        var administrator = await harness.GetRequiredService<IUserService>().GetAsync(Constants.Security.SuperUserKey);
        using var request = new SignedInRequest(harness, administrator);

        var result = await request.Controller<TranslationExportApiController>().Export(new ExportRequestBody([RouteKey], culture), request.Get<TranslationExportService>(), CancellationToken.None);

        AssertProblem(result, 400, "UnknownCulture", "its cultures are en-GB, ar, es-ES");
        Assert.Empty(await request.Get<CarePages.Core.Translation.Jobs.ITranslationJobStore>().GetByDocumentAsync(RouteKey));
    }

    private static void AssertProblem(IActionResult result, int status, string operationStatus, string named)
    {
        var refused = Assert.IsType<ObjectResult>(result);
        Assert.Equal(status, refused.StatusCode);
        var problem = Assert.IsType<ProblemDetails>(refused.Value);
        Assert.Equal(operationStatus, problem.Extensions["operationStatus"]);
        Assert.Contains(named, problem.Detail, StringComparison.Ordinal);
    }

    private static Task<IUser> SpanishTranslatorAsync(UmbracoHarness harness) =>
        harness.AddSpanishUserAsync("Ana", ActionBrowse.ActionLetter, ActionUpdate.ActionLetter);
}
