using CarePages.Persistence.Entities;
using CarePages.Persistence.Model;
using Microsoft.EntityFrameworkCore;

namespace CarePages.Persistence;

/// <summary>The package's own tables: translation states, the audit trail, translation jobs, the glossary, the translation memory, and the site audit.</summary>
public sealed class CarePagesDbContext : DbContext
{
    /// <summary>Creates the context (pooled: keep the constructor to the options only).</summary>
    public CarePagesDbContext(DbContextOptions<CarePagesDbContext> options)
        : base(options)
    {
    }

    /// <summary>Field translation states.</summary>
    public DbSet<TranslationStateEntity> TranslationStates => Set<TranslationStateEntity>();

    /// <summary>Counts of fields per document, culture and effective status, kept with the states.</summary>
    public DbSet<TranslationTallyEntity> TranslationTallies => Set<TranslationTallyEntity>();

    /// <summary>Numbers raised at each change of some kind (<see cref="Model.CounterNames"/>).</summary>
    public DbSet<CounterEntity> Counters => Set<CounterEntity>();

    /// <summary>The audit trail.</summary>
    public DbSet<TranslationAuditEntity> TranslationAudit => Set<TranslationAuditEntity>();

    /// <summary>Translation jobs.</summary>
    public DbSet<TranslationJobEntity> TranslationJobs => Set<TranslationJobEntity>();

    /// <summary>The documents of each translation job.</summary>
    public DbSet<TranslationJobDocumentEntity> TranslationJobDocuments => Set<TranslationJobDocumentEntity>();

    /// <summary>Glossary entries.</summary>
    public DbSet<GlossaryEntryEntity> GlossaryEntries => Set<GlossaryEntryEntity>();

    /// <summary>Translation memory segments.</summary>
    public DbSet<TranslationMemoryEntity> TranslationMemory => Set<TranslationMemoryEntity>();

    /// <summary>The site audit's state per document.</summary>
    public DbSet<AuditDocumentEntity> AuditDocuments => Set<AuditDocumentEntity>();

    /// <summary>The site audit's results per document, culture and version.</summary>
    public DbSet<AuditCultureEntity> AuditCultures => Set<AuditCultureEntity>();

    /// <summary>The site audit's stored findings.</summary>
    public DbSet<AuditFindingEntity> AuditFindings => Set<AuditFindingEntity>();

    /// <summary>The site audit's runs.</summary>
    public DbSet<AuditRunEntity> AuditRuns => Set<AuditRunEntity>();

    /// <summary>What the translation status matrix needs of each document.</summary>
    public DbSet<DocumentSummaryEntity> DocumentSummaries => Set<DocumentSummaryEntity>();

    /// <inheritdoc />
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
    }

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CarePagesDbContext).Assembly);
    }
}
