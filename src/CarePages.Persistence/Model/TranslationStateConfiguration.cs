using CarePages.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarePages.Persistence.Model;

/// <summary>Maps <see cref="TranslationStateEntity"/> to <c>carePagesTranslationState</c>.</summary>
internal sealed class TranslationStateConfiguration : IEntityTypeConfiguration<TranslationStateEntity>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<TranslationStateEntity> builder)
    {
        builder.ToTable(TableNames.TranslationState);
        builder.HasKey(s => new { s.DocumentKey, s.CultureKey, s.FieldPath });
        builder.Property(s => s.CultureKey).HasMaxLength(ColumnLengths.Culture);
        builder.Property(s => s.Culture).HasMaxLength(ColumnLengths.Culture);
        builder.Property(s => s.FieldPath).HasMaxLength(ColumnLengths.FieldPath);
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(ColumnLengths.EnumName).IsConcurrencyToken();
        builder.Property(s => s.ChangedAt).IsConcurrencyToken();
        builder.Property(s => s.SourceFingerprint).HasMaxLength(ColumnLengths.Fingerprint);
        builder.Property(s => s.PendingNewFingerprint).HasMaxLength(ColumnLengths.Fingerprint);
        builder.Property(s => s.TranslatedByKey).HasMaxLength(ColumnLengths.UserKey);
        builder.Property(s => s.TranslatedByName).HasMaxLength(ColumnLengths.UserName);
        builder.Property(s => s.ChangedByKey).HasMaxLength(ColumnLengths.UserKey);
        builder.Property(s => s.ChangedByName).HasMaxLength(ColumnLengths.UserName);
        builder.Property(s => s.MachineEngine).HasMaxLength(ColumnLengths.EngineName);
        builder.Property(s => s.MachineEngineVersion).HasMaxLength(ColumnLengths.EngineVersion);
        builder.Property(s => s.MachineRequestedByKey).HasMaxLength(ColumnLengths.UserKey);
        builder.Property(s => s.MachineRequestedByName).HasMaxLength(ColumnLengths.UserName);
    }
}
