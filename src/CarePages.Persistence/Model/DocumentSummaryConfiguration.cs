using CarePages.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarePages.Persistence.Model;

/// <summary>Maps <see cref="DocumentSummaryEntity"/> to <c>carePagesDocumentSummary</c>.</summary>
internal sealed class DocumentSummaryConfiguration : IEntityTypeConfiguration<DocumentSummaryEntity>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<DocumentSummaryEntity> builder)
    {
        builder.ToTable(TableNames.DocumentSummary);
        builder.HasKey(e => e.DocumentKey);
        builder.Property(e => e.DocumentKey).ValueGeneratedNever();
        builder.Property(e => e.Stamp).HasMaxLength(ColumnLengths.Stamp);
        builder.Property(e => e.Name).HasMaxLength(ColumnLengths.DocumentName);
        builder.Property(e => e.ContentTypeAlias).HasMaxLength(ColumnLengths.ContentTypeAlias);
    }
}
