using CarePages.Core.Checks;
using CarePages.Core.Checks.Rules.Images;
using CarePages.Core.Translation.Exchange;
using CarePages.Umbraco.Api;
using CarePages.Umbraco.Api.Problems;
using CarePages.Umbraco.Configuration;
using CarePages.Umbraco.DependencyInjection;
using CarePages.Umbraco.Installation;
using CarePages.Umbraco.Publishing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Moq;
using Umbraco.Cms.Core.DependencyInjection;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Notifications;
using Umbraco.Cms.Core.PublishedCache;

namespace CarePages.Umbraco.Tests.DependencyInjection;

public sealed class CarePagesBuilderExtensionsTests
{
    [Fact]
    public void AddCarePages_CalledTwice_RegistersEverythingOnce()
    {
        var builder = CreateBuilder(new Dictionary<string, string?>());

        builder.AddCarePages();
        var countAfterFirstCall = builder.Services.Count;
        builder.AddCarePages();

        Assert.Equal(countAfterFirstCall, builder.Services.Count);
        Assert.Single(builder.Services, d => d.ImplementationType == typeof(CarePagesInstallNotificationHandler));
        Assert.Single(builder.Services, d => d.ServiceType == typeof(SchemaInstaller));
    }

    [Fact]
    public void AddCarePages_WithComposer_RegistersTheStartupInstaller()
    {
        var builder = CreateBuilder(new Dictionary<string, string?>());

        new CarePagesComposer().Compose(builder);

        Assert.Contains(builder.Services, d => d.ServiceType == typeof(INotificationAsyncHandler<UmbracoApplicationStartedNotification>)
            && d.ImplementationType == typeof(CarePagesInstallNotificationHandler));
    }

    [Fact]
    public void AddCarePages_WithComposer_PutsTheApiErrorHandlingIntoTheSitesPipelineOnce()
    {
        var builder = CreateBuilder(new Dictionary<string, string?>());

        new CarePagesComposer().Compose(builder);
        builder.Services.AddCarePagesApi();

        Assert.Single(builder.Services, d => d.ServiceType == typeof(IStartupFilter) && d.ImplementationType == typeof(ApiProblemStartupFilter));
    }

    [Fact]
    public void AddCarePages_WithoutConfiguration_UsesTheDocumentedDefaults()
    {
        var options = Resolve(new Dictionary<string, string?>());

        Assert.True(options.Install.Enabled);
        Assert.False(options.Install.SampleContent);
        Assert.Empty(options.Install.Languages);
    }

    [Fact]
    public void AddCarePages_WithConfiguration_BindsTheCarePagesSection()
    {
        var options = Resolve(new Dictionary<string, string?>
        {
            ["CarePages:Install:SampleContent"] = "true",
            ["CarePages:Install:Languages:0:IsoCode"] = "es-ES",
            ["CarePages:Install:Languages:0:FallbackIsoCode"] = "en-GB",
            ["CarePages:Install:Languages:1:IsoCode"] = "ar",
        });

        Assert.True(options.Install.SampleContent);
        Assert.Equal(["es-ES", "ar"], options.Install.Languages.Select(l => l.IsoCode));
        Assert.Equal("en-GB", options.Install.Languages[0].FallbackIsoCode);
    }

    [Fact]
    public void AddCarePages_WithComposer_RegistersThePublishGate()
    {
        var builder = CreateBuilder(new Dictionary<string, string?>());

        new CarePagesComposer().Compose(builder);

        Assert.Single(builder.Services, d => d.ServiceType == typeof(INotificationHandler<ContentPublishingNotification>)
            && d.ImplementationType == typeof(ContentPublishingChecksNotificationHandler));
    }

    [Fact]
    public void AddCarePages_WithCheckSettings_BindsRulesPerDocumentTypeIntoTheEngine()
    {
        var options = Resolve(new Dictionary<string, string?>
        {
            ["CarePages:Checks:Rules:image-alt-missing:Severity"] = "Warn",
            ["CarePages:Checks:DocumentTypes:carePagesCondition:image-alt-missing:Enabled"] = "false",
            ["CarePages:Checks:MaxFieldLength"] = "5000",
            ["CarePages:PublishGate:MaxMessages"] = "3",
            ["CarePages:SourceCulture"] = "en-GB",
        });

        Assert.Equal(FindingSeverity.Warn, options.Checks.Rules["image-alt-missing"].Severity);
        Assert.False(options.Checks.DocumentTypes["carePagesCondition"]["image-alt-missing"].Enabled);
        Assert.Equal(5000, options.Checks.MaxFieldLength);
        Assert.Equal(3, options.PublishGate.MaxMessages);
        Assert.Equal("en-GB", options.SourceCulture);
    }

    [Fact]
    public void AddCarePages_CheckSettingsNamingAnUnknownRule_FailsWithTheSettingNamed()
    {
        var exception = Assert.Throws<OptionsValidationException>(() => Resolve(new Dictionary<string, string?>
        {
            ["CarePages:Checks:Rules:no-such-rule:Enabled"] = "false",
            ["CarePages:PublishGate:MaxMessages"] = "0",
        }));

        Assert.Contains("CarePages:Checks:Rules:no-such-rule names no known rule.", exception.Failures);
        Assert.Contains("CarePages:PublishGate:MaxMessages must be between 1 and 100.", exception.Failures);
    }

    [Fact]
    public void AddCarePages_WithImportLimits_BindsThemIntoTheExchangeOptions()
    {
        var builder = CreateBuilder(new Dictionary<string, string?>
        {
            ["CarePages:MaxImportFileBytes"] = "1048576",
            ["CarePages:MaxImportFieldLength"] = "5000",
            ["CarePages:ImportParallelism"] = "1",
            ["CarePages:SourceCulture"] = "en-GB",
        });
        builder.Services.AddSingleton(Mock.Of<IDefaultCultureAccessor>(a => a.DefaultCulture == "en-GB"));
        builder.AddCarePages();
        using var provider = builder.Services.BuildServiceProvider();

        var options = provider.GetRequiredService<TranslationExchangeOptions>();

        Assert.Equal((1_048_576L, 5000, 1), (options.MaxFileBytes, options.MaxFieldLength, options.ImportParallelism));
    }

    [Fact]
    public void AddCarePages_ImportFieldLimitOfZero_FailsWithTheSettingNamed()
    {
        var exception = Assert.Throws<OptionsValidationException>(() => Resolve(new Dictionary<string, string?> { ["CarePages:MaxImportFieldLength"] = "0" }));

        Assert.Contains("CarePages:MaxImportFileBytes and CarePages:MaxImportFieldLength must be at least 1.", exception.Failures);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("65")]
    public void AddCarePages_ImportParallelismOutOfRange_FailsWithTheSettingNamed(string value)
    {
        var exception = Assert.Throws<OptionsValidationException>(() => Resolve(new Dictionary<string, string?> { ["CarePages:ImportParallelism"] = value }));

        Assert.Contains($"CarePages:ImportParallelism must be between 1 and 64 (it is {value}).", exception.Failures);
    }

    [Theory]
    [InlineData("CarePages:Checks:Rules:image-alt-missing:Severity", "fatal")]
    [InlineData("CarePages:Checks:Rules:image-alt-missing:Enabld", "false")]
    public void AddCarePages_MistypedSetting_FailsInsteadOfBeingIgnored(string key, string value)
    {
        var exception = Assert.ThrowsAny<InvalidOperationException>(() => Resolve(new Dictionary<string, string?> { [key] = value }));

        Assert.Contains(key.Split(':')[^1], exception.Message + exception.InnerException?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CarePagesCheckRules_FromASiteComposer_ChangesTheRulesTheEngineRuns()
    {
        var builder = CreateBuilder(new Dictionary<string, string?>());
        builder.AddCarePages();

        builder.CarePagesCheckRules().Remove("image-alt-missing");
        using var provider = builder.Services.BuildServiceProvider();

        Assert.Null(provider.GetRequiredService<CheckEngine>().Rules.Find("image-alt-missing"));
        Assert.NotNull(CheckRuleSetBuilder.WithBuiltInRules().Build().Find(new ImageAltMissingRule().Descriptor.Id));
    }

    private static CarePagesOptions Resolve(Dictionary<string, string?> settings)
    {
        var builder = CreateBuilder(settings);
        builder.AddCarePages();
        using var provider = builder.Services.BuildServiceProvider();
        return provider.GetRequiredService<IOptions<CarePagesOptions>>().Value;
    }

    private static IUmbracoBuilder CreateBuilder(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        var builder = new Mock<IUmbracoBuilder>();
        builder.SetupGet(b => b.Services).Returns(services);
        builder.SetupGet(b => b.Config).Returns(configuration);
        return builder.Object;
    }
}
