using CarePages.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarePages.Persistence.Model;

/// <summary>Maps <see cref="AuditFindingEntity"/> to <c>carePagesAuditFinding</c>, indexed for the dashboard's filters.</summary>
internal sealed class AuditFindingConfiguration : IEntityTypeConfiguration<AuditFindingEntity>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<AuditFindingEntity> builder)
    {
        builder.ToTable(TableNames.AuditFinding);
        builder.HasKey(e => new { e.CultureId, e.Ordinal });
        builder.HasIndex(e => new { e.Version, e.Severity });
        builder.HasIndex(e => new { e.Version, e.RuleId });
        builder.HasIndex(e => e.DocumentKey);
        builder.Property(e => e.CultureKey).HasMaxLength(ColumnLengths.Culture);
        builder.Property(e => e.ContentTypeAlias).HasMaxLength(ColumnLengths.ContentTypeAlias);
        builder.Property(e => e.RuleId).HasMaxLength(ColumnLengths.RuleId);
        builder.Property(e => e.MessageKey).HasMaxLength(ColumnLengths.MessageKey);
        builder.Property(e => e.Property).HasMaxLength(ColumnLengths.FieldPath);
        builder.Property(e => e.Wcag).HasMaxLength(ColumnLengths.Wcag);
        builder.Property(e => e.ActRule).HasMaxLength(ColumnLengths.ActRule);
    }
}
