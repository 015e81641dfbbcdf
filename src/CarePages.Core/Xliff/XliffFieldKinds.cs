using CarePages.Core.Schema;

namespace CarePages.Core.Xliff;

/// <summary>How a document field's kind travels in an exchange file, and back.</summary>
internal static class XliffFieldKinds
{
    /// <summary>Rich text travels as rich text; plain and multi-line text as plain text.</summary>
    public static XliffFieldKind Of(FieldKind kind) => kind == FieldKind.RichText ? XliffFieldKind.RichText : XliffFieldKind.PlainText;

    /// <summary>The document field kind a returned value is written back as.</summary>
    public static FieldKind ToFieldKind(this XliffFieldKind kind) => kind == XliffFieldKind.RichText ? FieldKind.RichText : FieldKind.PlainText;
}
