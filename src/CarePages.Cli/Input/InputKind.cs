namespace CarePages.Cli.Input;

/// <summary>What a file holds, which decides how the engine checks it.</summary>
internal enum InputKind
{
    /// <summary>A fragment checked as one rich-text field (<c>--field-kind richtext</c>).</summary>
    RichText,

    /// <summary>A whole rendered page (<c>--field-kind page</c>).</summary>
    Page,

    /// <summary>A Management API create-document JSON file (<c>--field-kind document</c>).</summary>
    Document,
}
