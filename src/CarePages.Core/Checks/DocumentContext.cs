using AngleSharp.Dom;
using CarePages.Core.Checks.Html;
using CarePages.Core.Checks.Options;
using CarePages.Core.Checks.Vocabulary;
using CarePages.Core.Documents;
using CarePages.Core.Ports;
using CarePages.Core.Schema;

namespace CarePages.Core.Checks;

/// <summary>A whole document in one culture, with what document rules compare it against.</summary>
public sealed class DocumentContext
{
    /// <summary>The document being checked.</summary>
    public required CultureDocument Document { get; init; }

    /// <summary>The same document in the source culture, when known and different from <see cref="Culture"/>.</summary>
    public CultureDocument? Source { get; init; }

    /// <summary>The content culture.</summary>
    public required string Culture { get; init; }

    /// <summary>The language part of <see cref="Culture"/>, lower case.</summary>
    public required string Language { get; init; }

    /// <summary>Today, for review dates.</summary>
    public required DateOnly Today { get; init; }

    /// <summary>Word lists for the content language.</summary>
    public required LanguageVocabulary Vocabulary { get; init; }

    /// <summary>Where the site's own URLs lead, when the host can tell; null: links inside the site are not checked.</summary>
    public ISiteLinkResolver? SiteLinks { get; init; }

    /// <summary>The limits on what is parsed; fields beyond them read as empty (the engine reports them).</summary>
    public CheckOptions Limits { get; init; } = new();

    /// <summary>Where parsed fields are kept: this context's own, or one shared by the cultures of a document version.</summary>
    internal ParsedFields Parsed { get; init; } = new();

    /// <summary>The terms of <paramref name="listName"/> for this culture's language.</summary>
    public IReadOnlySet<string> Terms(string listName) => Vocabulary.Terms(Culture, listName);

    /// <summary>What a patient reads in <paramref name="field"/>: rich text without markup, other text as is; empty when none.</summary>
    public string PlainText(DocumentField field) =>
        field.Kind == FieldKind.RichText
            ? Markup(field) is { Body: { } body } ? HtmlText.Of(body) : string.Empty
            : field.Text ?? string.Empty;

    /// <summary>The parsed markup of a rich-text field (its nodes in the body); null for other fields, empty ones, and ones too large or too deeply nested to parse.</summary>
    public IDocument? Markup(DocumentField field)
    {
        if (field.Kind != FieldKind.RichText || field.Text is null)
        {
            return null;
        }

        // Guarded and parsed once per field, whichever rule asks first; a refused field is remembered as null.
        return Parsed.Markup(field, Limits);
    }
}
