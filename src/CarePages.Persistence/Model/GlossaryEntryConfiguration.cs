using CarePages.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarePages.Persistence.Model;

/// <summary>
/// Maps <see cref="GlossaryEntryEntity"/> to <c>carePagesGlossaryEntry</c>, keyed by pair and term so that a pair's
/// entries are read through the key and a term is unique per pair.
/// </summary>
internal sealed class GlossaryEntryConfiguration : IEntityTypeConfiguration<GlossaryEntryEntity>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<GlossaryEntryEntity> builder)
    {
        builder.ToTable(TableNames.GlossaryEntry);
        builder.HasKey(e => new { e.SourceCultureKey, e.TargetCultureKey, e.TermKey });
        builder.Property(e => e.SourceCultureKey).HasMaxLength(ColumnLengths.Culture);
        builder.Property(e => e.TargetCultureKey).HasMaxLength(ColumnLengths.Culture);
        builder.Property(e => e.TermKey).HasMaxLength(ColumnLengths.GlossaryTerm);
        builder.Property(e => e.SourceCulture).HasMaxLength(ColumnLengths.Culture);
        builder.Property(e => e.TargetCulture).HasMaxLength(ColumnLengths.Culture);
        builder.Property(e => e.PartOfSpeech).HasConversion<string>().HasMaxLength(ColumnLengths.EnumName);
    }
}
