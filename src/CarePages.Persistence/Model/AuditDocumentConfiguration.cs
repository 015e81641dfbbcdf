using CarePages.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarePages.Persistence.Model;

/// <summary>Maps <see cref="AuditDocumentEntity"/> to <c>carePagesAuditDocument</c>.</summary>
internal sealed class AuditDocumentConfiguration : IEntityTypeConfiguration<AuditDocumentEntity>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<AuditDocumentEntity> builder)
    {
        builder.ToTable(TableNames.AuditDocument);
        builder.HasKey(e => e.DocumentKey);
        builder.Property(e => e.DocumentKey).ValueGeneratedNever();
        builder.Property(e => e.Stamp).HasMaxLength(ColumnLengths.Stamp);
        builder.Property(e => e.SettingsStamp).HasMaxLength(ColumnLengths.Fingerprint);
        builder.Property(e => e.Name).HasMaxLength(ColumnLengths.DocumentName);
        builder.Property(e => e.ContentTypeAlias).HasMaxLength(ColumnLengths.ContentTypeAlias);
    }
}
