using CarePages.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarePages.Persistence.Model;

/// <summary>Maps <see cref="TranslationAuditEntity"/> to <c>carePagesTranslationAudit</c>.</summary>
internal sealed class TranslationAuditConfiguration : IEntityTypeConfiguration<TranslationAuditEntity>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<TranslationAuditEntity> builder)
    {
        builder.ToTable(TableNames.TranslationAudit);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedOnAdd();
        builder.HasIndex(e => e.DocumentKey);
        builder.Property(e => e.Culture).HasMaxLength(ColumnLengths.Culture);
        builder.Property(e => e.FieldPath).HasMaxLength(ColumnLengths.FieldPath);
        builder.Property(e => e.Action).HasConversion<string>().HasMaxLength(ColumnLengths.EnumName);
        builder.Property(e => e.ActorKey).HasMaxLength(ColumnLengths.UserKey);
        builder.Property(e => e.ActorName).HasMaxLength(ColumnLengths.UserName);
    }
}
