using System.Reflection;
using CarePages.Umbraco.DependencyInjection;
using CarePages.Umbraco.Harness.Data;
using CarePages.Umbraco.Harness.Scoping;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Cache;
using Umbraco.Cms.Core.Composing;
using Umbraco.Cms.Core.DependencyInjection;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Logging;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.PropertyEditors;
using Umbraco.Cms.Core.Serialization;
using Umbraco.Cms.Core.Notifications;
using Umbraco.Cms.Core.Scoping;
using Umbraco.Cms.Core.Services;

namespace CarePages.Umbraco.Harness;

/// <summary>
/// An Umbraco site without a database or web server: Umbraco's own Core services, registered by Umbraco's own
/// <see cref="UmbracoBuilder"/>, over the harness's in-memory stand-ins for what Umbraco.Infrastructure supplies
/// (repositories, scopes, queries, serializers, the property editors that live there), with CarePages added as a site
/// adds it (<c>AddCarePages()</c>). Dispose it to stop it.
/// </summary>
public sealed class UmbracoHarness : IDisposable
{
    // Umbraco's services read StaticServiceProvider.Instance (a process-wide static, as on a site), so harnesses run one at a time.
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);
    private readonly ServiceProvider _provider;
    private bool _disposed;

    private readonly string _databaseFile;

    private UmbracoHarness(ServiceProvider provider, HarnessSite site, string databaseFile)
    {
        _provider = provider;
        Site = site;
        _databaseFile = databaseFile;
    }

    /// <summary>The root service provider (Umbraco's container).</summary>
    public IServiceProvider Services => _provider;

    /// <summary>The in-memory site: its database, file writes and seeded users.</summary>
    public HarnessSite Site { get; }

    /// <summary>Adds users and groups.</summary>
    public HarnessUsers Users => new(_provider);

    /// <summary>Starts a harness; <paramref name="configure"/> changes settings or registrations before the container is built.</summary>
    public static UmbracoHarness Start(Action<HarnessSettings>? configure = null)
    {
        var settings = new HarnessSettings();
        configure?.Invoke(settings);
        if (!OneAtATime.Wait(TimeSpan.FromMinutes(5)))
        {
            throw new TimeoutException("Another Umbraco harness has been running for five minutes; is one not disposed?");
        }

        try
        {
            return Create(settings);
        }
        catch
        {
            OneAtATime.Release();
            throw;
        }
    }

    private static UmbracoHarness Create(HarnessSettings settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings.Configuration).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<ILoggerFactory>(settings.LoggerFactory);
        services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));

        var builder = new UmbracoBuilder(services, configuration, CreateTypeLoader(), settings.LoggerFactory, new NoopProfiler(), AppCaches.NoCache);
        builder.AddConfiguration();
        var site = new HarnessSite(settings);
        builder.AddHarnessInfrastructure(site);
        if (settings.AddCarePages)
        {
            builder.AddCarePages();
        }

        builder.AddNotificationHandler<ContentPublishingNotification, Hosting.NotificationRecorder>()
            .AddNotificationHandler<ContentPublishedNotification, Hosting.NotificationRecorder>()
            .AddNotificationHandler<ContentSavedNotification, Hosting.NotificationRecorder>();
        settings.ConfigureBuilder?.Invoke(builder);
        builder.Build();
        HarnessInfrastructure.RemoveHandlersThatNeedInfrastructure(services);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        site.Attach(provider);
        StaticServiceProvider.Instance = provider;
        var harness = new UmbracoHarness(provider, site, settings.DatabaseFile);
        harness.Users.SeedAdministrator();
        harness.SeedDefaultLanguage(settings.DefaultLanguage);
        harness.SeedBuiltInDataTypes();
        return harness;
    }

    /// <summary>Resolves a singleton or transient service from the root container (use <see cref="Services"/> to create a scope for scoped ones).</summary>
    public T GetRequiredService<T>()
        where T : notnull =>
        _provider.GetRequiredService<T>();

    /// <summary>Publishes Umbraco's start-up notifications at <paramref name="level"/>, as its runtime does.</summary>
    public async Task StartUmbracoAsync(RuntimeLevel level = RuntimeLevel.Run, CancellationToken cancellationToken = default)
    {
        Site.RuntimeState.Level = level;
        var events = _provider.GetRequiredService<IEventAggregator>();
        await events.PublishAsync(new UmbracoApplicationStartingNotification(level, isRestarting: false), cancellationToken);
        await events.PublishAsync(new UmbracoApplicationStartedNotification(isRestarting: false), cancellationToken);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _provider.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        System.IO.File.Delete(_databaseFile);
        OneAtATime.Release();
    }

    // The data types Umbraco's installer creates that the package's types use: Textstring, Textarea and Date Picker.
    private void SeedBuiltInDataTypes()
    {
        var editors = _provider.GetRequiredService<PropertyEditorCollection>();
        var serializer = _provider.GetRequiredService<IConfigurationEditorJsonSerializer>();
        var repository = _provider.GetRequiredService<Repositories.DataTypeRepository>();
        (Guid Key, string Name, string Editor, ValueStorageType Storage)[] builtIn =
        [
            (Constants.DataTypes.Guids.TextstringGuid, "Textstring", Constants.PropertyEditors.Aliases.TextBox, ValueStorageType.Nvarchar),
            (Constants.DataTypes.Guids.TextareaGuid, "Textarea", Constants.PropertyEditors.Aliases.TextArea, ValueStorageType.Ntext),
            (Constants.DataTypes.Guids.DatePickerGuid, "Date Picker", Constants.PropertyEditors.Aliases.DateTime, ValueStorageType.Date),
        ];
        Site.Database.Seed(() =>
        {
            foreach (var (key, name, editorAlias, storage) in builtIn)
            {
                editors.TryGet(editorAlias, out var editor);
                repository.Save(new DataType(editor, serializer) { Key = key, Name = name, DatabaseType = storage });
            }
        });
    }

    private void SeedDefaultLanguage(string isoCode)
    {
        var language = new Language(isoCode, System.Globalization.CultureInfo.GetCultureInfo(isoCode).EnglishName) { IsDefault = true };
        _provider.GetRequiredService<Repositories.LanguageRepository>().Seed(language);
    }

    private static TypeLoader CreateTypeLoader()
    {
        // Umbraco finds property editors, actions and value converters by scanning assemblies; the harness scans
        // Umbraco.Core, itself (the stand-in editors) and the package.
        var assemblies = new[] { typeof(IContentService).Assembly, typeof(UmbracoHarness).Assembly, typeof(CarePagesBuilderExtensions).Assembly };
        var loggerFactory = NullLoggerFactory.Instance;
        var typeFinder = new TypeFinder(loggerFactory.CreateLogger<TypeFinder>(), new AssemblyList(assemblies), additionalExlusionAssemblies: null);
        return new TypeLoader(typeFinder, loggerFactory.CreateLogger<TypeLoader>(), assemblies);
    }

    private sealed class AssemblyList(IEnumerable<Assembly> assemblies) : IAssemblyProvider
    {
        public IEnumerable<Assembly> Assemblies { get; } = assemblies;
    }
}
