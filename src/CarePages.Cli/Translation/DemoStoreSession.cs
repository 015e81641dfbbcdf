using System.Globalization;
using CarePages.Core.Audit;
using CarePages.Core.Checks;
using CarePages.Core.Checks.Engine;
using CarePages.Core.Ports;
using CarePages.Core.SampleContent;
using CarePages.Core.Translation.Exchange;
using CarePages.Core.Translation.Machine;
using CarePages.Core.Translation.Workflow;
using CarePages.Demo.Storage;
using CarePages.Demo.Storage.DependencyInjection;
using CarePages.Persistence.Setup;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CarePages.Cli.Translation;

/// <summary>
/// The translation and site audit services over the demo clinic's SQLite file, from the same composition root as the demo
/// (<c>AddCarePagesServices</c>): its documents and drafts, and the package's tables, migrated first. The file must hold the demo's documents (run the demo once).
/// </summary>
internal sealed class DemoStoreSession
{
    private readonly IServiceProvider scope;

    private DemoStoreSession(SqliteContentStore content, IServiceProvider scope)
    {
        Content = content;
        this.scope = scope;
    }

    public SqliteContentStore Content { get; }

    public TranslationExportService Export => scope.GetRequiredService<TranslationExportService>();

    public TranslationImportService Import => scope.GetRequiredService<TranslationImportService>();

    /// <summary>Starts, cancels and reports site audit runs.</summary>
    public AuditRunCoordinator AuditRuns => scope.GetRequiredService<AuditRunCoordinator>();

    /// <summary>Works queued runs through, in this process.</summary>
    public AuditWorker AuditWorker => scope.GetRequiredService<AuditWorker>();

    /// <summary>The stored audit, for reports.</summary>
    public AuditResultsService AuditResults => scope.GetRequiredService<AuditResultsService>();

    /// <summary>The check engine under the session's settings.</summary>
    public CheckEngine Engine => scope.GetRequiredService<CheckEngine>();

    /// <summary>The machine pre-fill with the engine the session's settings name.</summary>
    /// <exception cref="UsageException">The machine-translation settings are invalid (the message names each).</exception>
    public MachinePrefillService MachinePrefill
    {
        get
        {
            try
            {
                return scope.GetRequiredService<MachinePrefillService>();
            }
            catch (OptionsValidationException error)
            {
                throw new UsageException(string.Join(" ", error.Failures));
            }
        }
    }

    /// <summary>
    /// Opens the demo store at <paramref name="databasePath"/>; <paramref name="settings"/> are configuration entries
    /// (<c>CarePages:MachineTranslation:Engine</c> …) as a site's <c>appsettings.json</c> would give them.
    /// </summary>
    /// <exception cref="UsageException">There is no such file, it holds no documents, or its tables cannot be migrated.</exception>
    public static async Task<DemoStoreSession> OpenAsync(string databasePath, CancellationToken cancellationToken, IReadOnlyDictionary<string, string?>? settings = null)
    {
        if (!File.Exists(databasePath))
        {
            throw new UsageException($"{databasePath}: no demo store there. Run the demo once (dotnet run --project src/CarePages.Demo) or pass --database.");
        }

        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build())
            .AddDemoStore(_ => databasePath, SampleClinic.SourceCulture)
            .BuildServiceProvider();
        var migration = await services.GetRequiredService<CarePagesDatabaseMigrator>().MigrateAsync(cancellationToken).ConfigureAwait(false);
        if (!migration.Succeeded)
        {
            throw new UsageException($"{databasePath}: {migration.Message}");
        }

        var content = services.GetRequiredService<SqliteContentStore>();
        if ((await content.GetKeysAsync(cancellationToken).ConfigureAwait(false)).Count == 0)
        {
            throw new UsageException($"{databasePath}: the demo store holds no documents. Run the demo once to seed the sample clinic.");
        }

        // One command, one scope: the container lives as long as the process that runs it.
        return new DemoStoreSession(content, services.CreateScope().ServiceProvider);
    }

    /// <summary>The person running the command: a local operator who may work on any culture the store has, or those given.</summary>
    public async Task<TranslationActor> ActorAsync(string user, IReadOnlyList<string> languages, CancellationToken cancellationToken)
    {
        if (languages.Count > 0)
        {
            return new TranslationActor(user, user, languages);
        }

        return new TranslationActor(user, user, await CulturesAsync(cancellationToken).ConfigureAwait(false));
    }

    /// <summary>
    /// <paramref name="culture"/> as the store spells it, or, for a culture none of its documents has yet, in the
    /// spelling of this machine's culture data (<c>fr-fr</c> → <c>fr-FR</c>): the store has no language list of its own.
    /// </summary>
    /// <exception cref="UsageException">The culture is neither in the store nor a culture this machine knows.</exception>
    public async Task<string> ResolveCultureAsync(string culture, CancellationToken cancellationToken)
    {
        var known = await CulturesAsync(cancellationToken).ConfigureAwait(false);
        if (known.FirstOrDefault(c => string.Equals(c, culture, StringComparison.OrdinalIgnoreCase)) is { } spelled)
        {
            return spelled;
        }

        return CultureSupport.Classify(culture) == CultureStatus.Supported
            ? CultureInfo.GetCultureInfo(culture, predefinedOnly: true).Name
            : throw new UsageException($"--culture {culture}: not a culture of the store ({string.Join(", ", known)}) nor one this machine knows.");
    }

    private async Task<string[]> CulturesAsync(CancellationToken cancellationToken)
    {
        var cultures = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var document in await Content.GetAllAsync(cancellationToken).ConfigureAwait(false))
        {
            cultures.UnionWith(document.Cultures);
        }

        return cultures.ToArray();
    }
}
