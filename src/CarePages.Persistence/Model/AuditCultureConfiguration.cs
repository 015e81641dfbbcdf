using CarePages.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarePages.Persistence.Model;

/// <summary>Maps <see cref="AuditCultureEntity"/> to <c>carePagesAuditCulture</c>.</summary>
internal sealed class AuditCultureConfiguration : IEntityTypeConfiguration<AuditCultureEntity>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<AuditCultureEntity> builder)
    {
        builder.ToTable(TableNames.AuditCulture);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.HasIndex(e => new { e.DocumentKey, e.CultureKey, e.Version }).IsUnique();
        builder.HasIndex(e => new { e.Version, e.NextReviewDue });
        builder.Property(e => e.Culture).HasMaxLength(ColumnLengths.Culture);
        builder.Property(e => e.CultureKey).HasMaxLength(ColumnLengths.Culture);
        builder.Property(e => e.Fingerprint).HasMaxLength(ColumnLengths.Fingerprint);
        builder.Property(e => e.DocumentName).HasMaxLength(ColumnLengths.DocumentName);
        builder.Property(e => e.ContentTypeAlias).HasMaxLength(ColumnLengths.ContentTypeAlias);
        builder.HasMany(e => e.Findings).WithOne(f => f.CultureRow).HasForeignKey(f => f.CultureId).OnDelete(DeleteBehavior.Cascade);
    }
}
