using CarePages.Umbraco.Harness.Data;
using CarePages.Umbraco.Harness.Repositories;
using CarePages.Umbraco.Harness.Scoping;
using CarePages.Umbraco.Harness.StandIns;
using CarePages.Umbraco.Harness.Strict;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Umbraco.Cms.Core.Configuration;
using Umbraco.Cms.Core.Configuration.Models;
using Umbraco.Cms.Core.DeliveryApi;
using Umbraco.Cms.Core.Logging;
using Umbraco.Cms.Core.Media;
using Umbraco.Cms.Core.DynamicRoot.QuerySteps;
using Umbraco.Cms.Core.Install;
using Umbraco.Cms.Core.Models.PublishedContent;
using Umbraco.Cms.Core.Routing;
using Umbraco.Cms.Core.DependencyInjection;
using Umbraco.Cms.Core.Hosting;
using Umbraco.Cms.Core.IO;
using Umbraco.Cms.Core.Persistence.Repositories;
using Umbraco.Cms.Core.PublishedCache;
using Umbraco.Cms.Core.Scoping;
using Umbraco.Cms.Core.Security;
using Umbraco.Cms.Core.Serialization;
using Umbraco.Cms.Core.Services;
using Umbraco.Cms.Core.Services.Implement;
using Umbraco.Cms.Core.Strings;
using Umbraco.Cms.Core.Sync;
using Umbraco.Cms.Core.Web;
using Umbraco.Extensions;

namespace CarePages.Umbraco.Harness;

/// <summary>
/// What Umbraco.Infrastructure registers, for the harness: Umbraco's own Core implementations where Infrastructure
/// only registers them, and in-memory stand-ins where the implementation itself lives in Infrastructure. Interfaces
/// are implemented through <see cref="StrictProxy"/>, so a member no stand-in implements throws and names itself.
/// </summary>
internal static class HarnessInfrastructure
{
    public static IUmbracoBuilder AddHarnessInfrastructure(this IUmbracoBuilder builder, HarnessSite site)
    {
        var services = builder.Services;
        services.AddSingleton(site);
        services.AddSingleton(site.Database);
        services.AddSingleton(site.Nodes);
        services.AddSingleton(site.Views);
        services.AddUnique<IRuntimeState>(site.RuntimeState);
        services.AddUnique<IServerRoleAccessor>(site.ServerRoles);
        services.AddUnique<IBackOfficeSecurityAccessor>(site.BackOffice);
        services.AddUnique<ICoreScopeProvider, HarnessScopeProvider>();

        // Umbraco's Core implementations that Infrastructure registers (UmbracoBuilder.Services.cs / CoreServices.cs).
        services.AddUnique<IIdKeyMap, IdKeyMap>();
        services.AddUnique<IAuditService, AuditService>();
        services.AddUnique<IDataTypeService, DataTypeService>();
        services.AddUnique<IDefaultCultureAccessor, DefaultCultureAccessor>();
        services.AddUnique<ILocalLoginSettingProvider, NoopLocalLoginSettingProvider>();
        services.AddUnique<IShortStringHelper>(factory => new DefaultShortStringHelper(
            new DefaultShortStringHelperConfig().WithDefault(factory.GetRequiredService<IOptionsMonitor<RequestHandlerSettings>>().CurrentValue)));

        // Stand-ins for implementations that live in Infrastructure.
        services.AddUnique<IConfigurationEditorJsonSerializer, HarnessJsonSerializer>();
        services.AddUnique<IJsonSerializer, HarnessJsonSerializer>();
        services.AddUnique<IReservedFieldNamesService, ReservedFieldNamesService>();
        Repository<IKeyValueRepository, KeyValueRepository>(services);
        Repository<IIdKeyMapRepository, IdKeyMapRepository>(services);
        Repository<IAuditRepository, AuditRepository>(services);
        Repository<ILanguageRepository, LanguageRepository>(services);
        Repository<IDataTypeRepository, DataTypeRepository>(services);
        Repository<ITemplateRepository, TemplateRepository>(services);
        services.AddSingleton(factory => new ContentTypeRepository(factory.GetRequiredService<NodeIndex>())
        {
            ContentNodes = id => factory.GetRequiredService<DocumentRepository>().HasDocumentsOfType(id),
        });
        services.AddUnique<IContentTypeRepository>(factory => StrictProxy.For<IContentTypeRepository>(factory.GetRequiredService<ContentTypeRepository>()));
        Repository<IDocumentRepository, DocumentRepository>(services);
        Repository<IEntityRepository, EntityRepository>(services);
        Repository<IUserRepository, UserRepository>(services);
        Repository<IUserGroupRepository, UserGroupRepository>(services);
        Repository<IUserIdKeyResolver, UserIdKeyResolver>(services);

        // Reached by constructors only so far: every member throws, naming itself.
        Unsupported<IDocumentBlueprintRepository>(services);
        Unsupported<IDocumentTypeContainerRepository>(services);
        Unsupported<IMediaTypeRepository>(services);
        Unsupported<IMemberTypeRepository>(services);
        Unsupported<IMediaRepository>(services);
        Unsupported<IRelationRepository>(services);
        Unsupported<IRelationTypeRepository>(services);
        Unsupported<ITemporaryFileRepository>(services);
        Unsupported<ILongRunningOperationRepository>(services);
        Unsupported<IUmbracoContextFactory>(services);
        Repository<IBackOfficeUserReader, BackOfficeUserReader>(services);
        Unsupported<IUserInviteSender>(services);
        Unsupported<IUserForgotPasswordSender>(services);
        Unsupported<IHostingEnvironment>(services);
        Unsupported<IMediaPathScheme>(services);
        Unsupported<IFileSystem>(services);
        Unsupported<IFileStreamSecurityAnalyzer>(services);
        Unsupported<IConfigManipulator>(services);
        Unsupported<ICronTabParser>(services);
        Unsupported<IDynamicRootRepository>(services);
        Unsupported<IFilePermissionHelper>(services);
        Unsupported<IConsentRepository>(services);
        Unsupported<IContentTypeCommonRepository>(services);
        Unsupported<IDataTypeContainerRepository>(services);
        Unsupported<IDataTypeUsageRepository>(services);
        Unsupported<IDictionaryRepository>(services);
        Unsupported<IDocumentBlueprintContainerRepository>(services);
        Unsupported<IDocumentVersionRepository>(services);
        Unsupported<IDomainRepository>(services);
        Unsupported<IExternalMemberRepository>(services);
#pragma warning disable CS0618 // Umbraco's own InstallationService and UpgradeService still take it.
        Unsupported<IInstallationRepository>(services);
#pragma warning restore CS0618
        Unsupported<ILastSyncedRepository>(services);
        Unsupported<ILogViewerQueryRepository>(services);
        Unsupported<IMediaTypeContainerRepository>(services);
        Unsupported<IMemberGroupRepository>(services);
        Unsupported<IMemberTypeContainerRepository>(services);
        Unsupported<INavigationRepository>(services);
        Unsupported<IPartialViewRepository>(services);
        Unsupported<IPropertyTypeUsageRepository>(services);
        Unsupported<IPublicAccessRepository>(services);
        Unsupported<IPublishStatusRepository>(services);
        Unsupported<IRedirectUrlRepository>(services);
        Unsupported<IScriptRepository>(services);
        Unsupported<IStylesheetRepository>(services);
        Unsupported<ITagRepository>(services);
        Unsupported<ITrackedReferencesRepository>(services);
        Unsupported<ITwoFactorLoginRepository>(services);
#pragma warning disable CS0618 // Umbraco's own InstallationService and UpgradeService still take it.
        Unsupported<IUpgradeCheckRepository>(services);
#pragma warning restore CS0618
        Unsupported<IWebhookLogRepository>(services);
        Repository<IWebhookRepository, WebhookRepository>(services);
        Unsupported<IWebProfilerRepository>(services);
        Unsupported<IDomainCacheService>(services);
        Unsupported<IMediaCacheService>(services);
        Unsupported<IPublishedContentCache>(services);
        Unsupported<IPublishedMediaCache>(services);
        Unsupported<IUrlAssembler>(services);
        Unsupported<IPackageDataInstallation>(services);
        Unsupported<IPackagingService>(services);
        Unsupported<IWebhookFiringService>(services);
        Unsupported<IRequestAccessor>(services);
        Unsupported<IApiContentBuilder>(services);
        Unsupported<IApiMediaBuilder>(services);
        Unsupported<global::Umbraco.Cms.Core.HealthChecks.NotificationMethods.IMarkdownToHtmlConverter>(services);
        Unsupported<ILoggingConfiguration>(services);
        Unsupported<IImageUrlGenerator>(services);
        Unsupported<IPublishedContentTypeFactory>(services);
        Unsupported<INotificationsRepository>(services);
        Unsupported<ICacheManager>(services);
        Unsupported<IDomainCache>(services);
        Unsupported<IPublishedContentTypeCache>(services);
        Unsupported<IUsageInformationService>(services);
        Unsupported<IDocumentCacheService>(services);
        Unsupported<ILogViewerRepository>(services);
#if UMBRACO_18_OR_GREATER
        Unsupported<IElementRepository>(services);
        Unsupported<IElementContainerRepository>(services);
        Unsupported<IElementVersionRepository>(services);
        Unsupported<IContentVersionRepository>(services);
#endif
        services.AddMemoryCache();
        services.AddUnique<IVariationContextAccessor, ThreadCultureVariationContextAccessor>();
        services.AddUnique(factory => ActivatorUtilities.CreateInstance<MediaFileManager>(factory, factory.GetRequiredService<IFileSystem>()));
        return builder;
    }

    /// <summary>
    /// Umbraco's own notification handlers that create folders on disk or keep the published URL caches (built from SQL
    /// tables the harness does not have); they are left out, and every other handler, the package's included, runs.
    /// </summary>
    public static void RemoveHandlersThatNeedInfrastructure(IServiceCollection services)
    {
        string[] names =
        [
            "EssentialDirectoryCreator", "DocumentUrlServiceInitializerNotificationHandler", "DocumentUrlAliasServiceInitializerNotificationHandler",
            "DocumentUrlServiceContentTypeChangedNotificationHandler", "DocumentUrlServiceContentTreeChangeNotificationHandler",
            "DocumentUrlAliasContentRefreshNotificationHandler",
        ];
        foreach (var descriptor in services.Where(d => d.ImplementationType is { } type && names.Contains(type.Name) && type.Assembly == typeof(IContentService).Assembly).ToArray())
        {
            services.Remove(descriptor);
        }
    }

    private static void Repository<TInterface, TImplementation>(IServiceCollection services)
        where TInterface : class
        where TImplementation : class
    {
        services.AddSingleton<TImplementation>();
        services.AddUnique<TInterface>(factory => StrictProxy.For<TInterface>(factory.GetRequiredService<TImplementation>()));
    }

    private static void Unsupported<TInterface>(IServiceCollection services)
        where TInterface : class =>
        services.AddUnique<TInterface>(_ => StrictProxy.For<TInterface>(null));
}
