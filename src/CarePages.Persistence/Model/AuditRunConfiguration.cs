using CarePages.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarePages.Persistence.Model;

/// <summary>Maps <see cref="AuditRunEntity"/> to <c>carePagesAuditRun</c>; the unique active slot keeps runs one at a time.</summary>
internal sealed class AuditRunConfiguration : IEntityTypeConfiguration<AuditRunEntity>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<AuditRunEntity> builder)
    {
        builder.ToTable(TableNames.AuditRun);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();

        // Unique among the non-null values; the filter is spelt out so both providers build the same index.
        builder.HasIndex(e => e.ActiveSlot).IsUnique().HasFilter("[ActiveSlot] IS NOT NULL");
        builder.HasIndex(e => e.RequestedAt);
        builder.Property(e => e.Trigger).HasMaxLength(ColumnLengths.EnumName);
        builder.Property(e => e.RequestedBy).HasMaxLength(ColumnLengths.UserName);
        builder.Property(e => e.Owner).HasMaxLength(ColumnLengths.Owner);
        builder.Property(e => e.CurrentDocumentName).HasMaxLength(ColumnLengths.DocumentName);
    }
}
