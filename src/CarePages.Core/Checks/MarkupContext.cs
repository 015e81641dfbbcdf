using AngleSharp.Dom;
using CarePages.Core.Checks.Html;
using CarePages.Core.Checks.Vocabulary;

namespace CarePages.Core.Checks;

/// <summary>One parsed piece of markup in one culture: a rich-text field, a text field or a whole page.</summary>
public sealed class MarkupContext
{
    private readonly Dictionary<Type, object> _shared = [];

    /// <summary>The content culture.</summary>
    public required string Culture { get; init; }

    /// <summary>The language part of <see cref="Culture"/>, lower case (e.g. <c>es</c>).</summary>
    public required string Language { get; init; }

    /// <summary>True for right-to-left cultures such as Arabic.</summary>
    public bool IsRightToLeft { get; init; }

    /// <summary>Which of the scopes this is: <see cref="CheckScope.RichTextField"/>, <see cref="CheckScope.TextField"/> or <see cref="CheckScope.Page"/>.</summary>
    public required CheckScope Scope { get; init; }

    /// <summary>The document type alias, when known.</summary>
    public string? ContentTypeAlias { get; init; }

    /// <summary>The property path of the field; null for a page.</summary>
    public string? Property { get; init; }

    /// <summary>The parsed document; for fields, the field's nodes are in its body.</summary>
    public required IDocument Document { get; init; }

    /// <summary>What the rules look under: the body for fields, the root <c>html</c> element for pages.</summary>
    public required IElement Root { get; init; }

    /// <summary>Every element under <see cref="Root"/>, in document order.</summary>
    public required ElementIndex Index { get; init; }

    /// <summary>
    /// The level of the heading the template puts above this field (2 by default); 0 for pages, where the page's own H1 counts.
    /// </summary>
    public int SectionHeadingLevel { get; init; }

    /// <summary>Word lists for the content language.</summary>
    public required LanguageVocabulary Vocabulary { get; init; }

    /// <summary>True when checking a whole page.</summary>
    public bool IsPage => Scope == CheckScope.Page;

    /// <summary>The elements with one of <paramref name="localNames"/>, in document order.</summary>
    public IEnumerable<IElement> ElementsNamed(params string[] localNames) =>
        Index.Elements.Where(e => Array.IndexOf(localNames, e.LocalName) >= 0);

    /// <summary>
    /// What several rules derive from this markup (its links, its prose, its inline styles), built by the first rule
    /// that asks and reused by the others. Rules run one after another on a context, so this needs no locking.
    /// </summary>
    public T Shared<T>(Func<MarkupContext, T> build)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(build);
        if (!_shared.TryGetValue(typeof(T), out var value))
        {
            _shared[typeof(T)] = value = build(this);
        }

        return (T)value;
    }

    /// <summary>The terms of <paramref name="listName"/> for this culture's language.</summary>
    public IReadOnlySet<string> Terms(string listName) => Vocabulary.Terms(Culture, listName);
}
