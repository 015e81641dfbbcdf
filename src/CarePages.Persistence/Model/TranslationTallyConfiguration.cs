using CarePages.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarePages.Persistence.Model;

/// <summary>Maps <see cref="TranslationTallyEntity"/> to <c>carePagesTranslationTally</c>.</summary>
internal sealed class TranslationTallyConfiguration : IEntityTypeConfiguration<TranslationTallyEntity>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<TranslationTallyEntity> builder)
    {
        builder.ToTable(TableNames.TranslationTally);
        builder.HasKey(t => new { t.DocumentKey, t.CultureKey, t.Status });
        builder.Property(t => t.CultureKey).HasMaxLength(ColumnLengths.Culture);
        builder.Property(t => t.Status).HasConversion<string>().HasMaxLength(ColumnLengths.EnumName);
    }
}
