using CarePages.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarePages.Persistence.Model;

/// <summary>Maps <see cref="TranslationJobEntity"/> to <c>carePagesTranslationJob</c>.</summary>
internal sealed class TranslationJobConfiguration : IEntityTypeConfiguration<TranslationJobEntity>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<TranslationJobEntity> builder)
    {
        builder.ToTable(TableNames.TranslationJob);
        builder.HasKey(j => j.JobId);
        builder.Property(j => j.JobId).HasMaxLength(ColumnLengths.JobId);
        builder.Property(j => j.Format).HasConversion<string>().HasMaxLength(ColumnLengths.EnumName);
        builder.Property(j => j.SourceCulture).HasMaxLength(ColumnLengths.Culture);
        builder.Property(j => j.TargetCulture).HasMaxLength(ColumnLengths.Culture);
        builder.Property(j => j.CreatedByKey).HasMaxLength(ColumnLengths.UserKey);
        builder.Property(j => j.CreatedByName).HasMaxLength(ColumnLengths.UserName);
        builder.HasMany(j => j.Documents).WithOne().HasForeignKey(d => d.JobId).OnDelete(DeleteBehavior.Cascade);
    }
}
