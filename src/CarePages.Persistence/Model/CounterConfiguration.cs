using CarePages.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarePages.Persistence.Model;

/// <summary>Maps <see cref="CounterEntity"/> to <c>carePagesCounter</c>, with its rows.</summary>
internal sealed class CounterConfiguration : IEntityTypeConfiguration<CounterEntity>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<CounterEntity> builder)
    {
        builder.ToTable(TableNames.Counter);
        builder.HasKey(c => c.Name);
        builder.Property(c => c.Name).HasMaxLength(ColumnLengths.EnumName);
        builder.HasData(new CounterEntity { Name = CounterNames.TranslationTally, Value = 0 });
    }
}
