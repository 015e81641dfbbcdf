using CarePages.Core.Schema;
using CarePages.Core.Translation.Units;

namespace CarePages.Core.Translation.Exchange;

/// <summary>A field's new value in the target culture, as an import or an edit produced it.</summary>
/// <param name="Path">The field (the node name, a property, or a property of a block).</param>
/// <param name="Kind">The field's kind; rich text is stored as the editor's <c>{ markup, blocks }</c> value.</param>
/// <param name="Value">Plain text, or sanitised HTML for rich text.</param>
public sealed record TranslatedField(FieldPath Path, FieldKind Kind, string Value);
