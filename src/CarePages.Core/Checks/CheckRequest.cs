using CarePages.Core.Documents;

namespace CarePages.Core.Checks;

/// <summary>What to check a document, fragment or page against.</summary>
public sealed record CheckRequest
{
    /// <summary>The culture of the content (e.g. <c>es-ES</c>): picks word lists, the readability formula and text direction.</summary>
    public required string Culture { get; init; }

    /// <summary>The editor's UI culture: picks the language of messages and hints. Default: <c>en</c>.</summary>
    public string UiCulture { get; init; } = "en";

    /// <summary>The document type alias, for per-type settings; taken from the document when checking one.</summary>
    public string? ContentTypeAlias { get; init; }

    /// <summary>The same document in the source culture, for rules that compare a translation with its source.</summary>
    public CultureDocument? SourceDocument { get; init; }

    /// <summary>The rendered page of the document in this culture, for page-level rules; null skips them.</summary>
    public string? RenderedPageHtml { get; init; }

    /// <summary>Today's date, for review dates. Default: today (UTC).</summary>
    public DateOnly? Today { get; init; }

    /// <summary>
    /// Stops the check between fields and between rules (e.g. the request's <c>RequestAborted</c> when the client has gone),
    /// with an <see cref="OperationCanceledException"/>. Default: none.
    /// </summary>
    public CancellationToken CancellationToken { get; init; }
}
