using CarePages.Core.Documents;
using CarePages.Core.Translation.Units;

namespace CarePages.Core.MarkdownExchange;

/// <summary>The fields a translator works on in one document, as exchange fields: its translatable units (<see cref="TranslatableUnits"/>).</summary>
public static class TranslatableFields
{
    /// <summary>The translatable fields of <paramref name="document"/>: its name, then its non-empty culture-variant text fields, block fields included.</summary>
    public static IReadOnlyList<ExchangeField> Of(CultureDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return TranslatableUnits.Of(document).Select(u => new ExchangeField(u.Path.Value, u.Name, u.Kind, u.MaxLength, u.SourceText)).ToList();
    }
}
