using CarePages.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarePages.Persistence.Model;

/// <summary>
/// Maps <see cref="TranslationMemoryEntity"/> to <c>carePagesTranslationMemory</c>, indexed by cultures and text
/// hash: a pair's segments are read through the index, and the same translation of a pair is stored once.
/// </summary>
internal sealed class TranslationMemoryConfiguration : IEntityTypeConfiguration<TranslationMemoryEntity>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<TranslationMemoryEntity> builder)
    {
        builder.ToTable(TableNames.TranslationMemory);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedOnAdd();
        builder.HasIndex(e => new { e.SourceCultureKey, e.TargetCultureKey, e.TextHash }).IsUnique();
        builder.Property(e => e.SourceCultureKey).HasMaxLength(ColumnLengths.Culture);
        builder.Property(e => e.TargetCultureKey).HasMaxLength(ColumnLengths.Culture);
        builder.Property(e => e.TextHash).HasMaxLength(ColumnLengths.TextHash);
        builder.Property(e => e.SourceCulture).HasMaxLength(ColumnLengths.Culture);
        builder.Property(e => e.TargetCulture).HasMaxLength(ColumnLengths.Culture);
        builder.Property(e => e.FieldPath).HasMaxLength(ColumnLengths.FieldPath);
        builder.Property(e => e.ApprovedByKey).HasMaxLength(ColumnLengths.UserKey);
        builder.Property(e => e.ApprovedByName).HasMaxLength(ColumnLengths.UserName);
    }
}
