using CarePages.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarePages.Persistence.Model;

/// <summary>Maps <see cref="TranslationJobDocumentEntity"/> to <c>carePagesTranslationJobDocument</c>, indexed by document.</summary>
internal sealed class TranslationJobDocumentConfiguration : IEntityTypeConfiguration<TranslationJobDocumentEntity>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<TranslationJobDocumentEntity> builder)
    {
        builder.ToTable(TableNames.TranslationJobDocument);
        builder.HasKey(d => new { d.JobId, d.DocumentKey });
        builder.Property(d => d.JobId).HasMaxLength(ColumnLengths.JobId);
        builder.HasIndex(d => d.DocumentKey);
    }
}
