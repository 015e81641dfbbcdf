using System.Globalization;
using CarePages.Core.Checks.Engine;
using CarePages.Core.Checks.Html;
using CarePages.Core.Checks.Messages;
using CarePages.Core.Checks.Options;
using CarePages.Core.Checks.Vocabulary;
using CarePages.Core.Documents;
using CarePages.Core.Ports;
using CarePages.Core.Schema;
using CarePages.Core.Text;

namespace CarePages.Core.Checks;

/// <summary>
/// Checks documents, rich-text fragments and rendered pages in one culture against a rule collection.
/// Immutable and thread-safe once built; no exception escapes for bad content, which becomes findings instead.
/// </summary>
public sealed class CheckEngine
{
    private readonly CheckOptions _options;
    private readonly RuleRunner _runner;
    private readonly MarkupChecker _markup;
    private readonly LanguageVocabulary _vocabulary;
    private readonly TimeProvider _time;
    private readonly ISiteLinkResolver? _siteLinks;

    /// <summary>
    /// Creates an engine over <paramref name="rules"/>; <paramref name="siteLinks"/> lets rules tell whether links inside the
    /// site lead to a page (none: those links are not checked).
    /// </summary>
    public CheckEngine(CheckRuleSet rules, CheckOptions? options = null, CheckMessageCatalogue? messages = null, LanguageVocabulary? vocabulary = null, TimeProvider? time = null, ISiteLinkResolver? siteLinks = null)
    {
        _siteLinks = siteLinks;
        Rules = rules ?? throw new ArgumentNullException(nameof(rules));
        _options = options ?? new CheckOptions();
        _vocabulary = vocabulary ?? LanguageVocabulary.BuiltIn;
        _time = time ?? TimeProvider.System;
        Messages = messages ?? CheckMessageCatalogue.BuiltIn;
        _runner = new RuleRunner(_options, Messages);
        _markup = new MarkupChecker(rules, _options, _runner, _vocabulary);
    }

    /// <summary>An engine with every built-in rule.</summary>
    public static CheckEngine CreateDefault(CheckOptions? options = null, TimeProvider? time = null, ISiteLinkResolver? siteLinks = null) =>
        new(CheckRuleSetBuilder.WithBuiltInRules().Build(), options, time: time, siteLinks: siteLinks);

    /// <summary>The rules this engine runs.</summary>
    public CheckRuleSet Rules { get; }

    /// <summary>The settings the rules run with.</summary>
    public CheckOptions Options => _options;

    /// <summary>The message texts findings are written in.</summary>
    public CheckMessageCatalogue Messages { get; }

    /// <summary>Checks every field of <paramref name="document"/>, its document-level rules and, when given, its rendered page.</summary>
    public CheckReport CheckDocument(CultureDocument document, CheckRequest request) => CheckDocument(document, request, new ParsedFields());

    private CheckReport CheckDocument(CultureDocument document, CheckRequest request, ParsedFields parsed)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(request);
        request = request with { Culture = document.Culture, ContentTypeAlias = request.ContentTypeAlias ?? document.ContentTypeAlias };
        var sink = new List<Finding>();
        if (!_options.Enabled || !AcceptCulture(request, sink) || RejectDocument(document, request, sink))
        {
            return new CheckReport(sink);
        }

        var context = new DocumentContext
        {
            Document = DocumentBounds.Truncated(document, _options.MaxFieldLength),
            Source = request.SourceDocument is { } source && !string.Equals(source.Culture, document.Culture, StringComparison.OrdinalIgnoreCase)
                ? DocumentBounds.Truncated(source, _options.MaxFieldLength)
                : null,
            Culture = document.Culture,
            Language = CultureNames.LanguageOf(document.Culture),
            Today = request.Today ?? DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime),
            Vocabulary = _vocabulary,
            Limits = _options,
            SiteLinks = _siteLinks,
            Parsed = parsed,
        };

        CheckFields(document.Fields, prefix: null, context, request, sink);
        foreach (var rule in Rules.DocumentRules)
        {
            request.CancellationToken.ThrowIfCancellationRequested();
            _runner.Run(rule, request.ContentTypeAlias, _runner.Target(request.Culture, null, request.UiCulture, null), sink, findings => rule.Check(context, findings));
        }

        if (request.RenderedPageHtml is { } page)
        {
            CheckMarkup(page, CheckScope.Page, null, request, sink);
        }

        return new CheckReport(sink);
    }

    /// <summary>
    /// Checks one culture of a document the way the publish gate and the draft checks do: <paramref name="read"/> gives the
    /// document in a culture (null when it has none), and a translation is checked against its <paramref name="sourceCulture"/>
    /// version. Null when the document has no <paramref name="culture"/> version.
    /// </summary>
    /// <exception cref="DocumentShapeException">A value of the document cannot be read.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public CheckReport? CheckCulture(Func<string, CultureDocument?> read, string culture, string sourceCulture, string uiCulture, CancellationToken cancellationToken = default) =>
        CheckCulture(read, culture, sourceCulture, uiCulture, new ParsedFields(), cancellationToken);

    /// <summary>
    /// <see cref="CheckCulture(Func{string, CultureDocument?}, string, string, string, CancellationToken)"/>, keeping parsed
    /// fields in <paramref name="parsed"/>: given the same for every culture read by <paramref name="read"/>, the source
    /// culture's fields are parsed once for all of them.
    /// </summary>
    internal CheckReport? CheckCulture(Func<string, CultureDocument?> read, string culture, string sourceCulture, string uiCulture, ParsedFields parsed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        if (read(culture) is not { } document)
        {
            return null;
        }

        var source = string.Equals(culture, sourceCulture, StringComparison.OrdinalIgnoreCase) ? null : read(sourceCulture);
        return CheckDocument(document, new CheckRequest { Culture = culture, UiCulture = uiCulture, SourceDocument = source, CancellationToken = cancellationToken }, parsed);
    }

    /// <summary>Checks <paramref name="html"/> as one rich-text field.</summary>
    public CheckReport CheckRichText(string html, CheckRequest request, string? property = null) => CheckOne(html, CheckScope.RichTextField, property, request);

    /// <summary>Checks <paramref name="html"/> as a whole rendered page.</summary>
    public CheckReport CheckPage(string html, CheckRequest request) => CheckOne(html, CheckScope.Page, null, request);

    private CheckReport CheckOne(string html, CheckScope scope, string? property, CheckRequest request)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(request);
        var sink = new List<Finding>();
        if (_options.Enabled && AcceptCulture(request, sink))
        {
            CheckMarkup(html, scope, property, request, sink);
        }

        return new CheckReport(sink);
    }

    private void CheckFields(IReadOnlyList<DocumentField> fields, string? prefix, DocumentContext context, CheckRequest request, List<Finding> sink)
    {
        foreach (var field in fields)
        {
            request.CancellationToken.ThrowIfCancellationRequested();
            var property = prefix is null ? field.Alias : prefix + "." + field.Alias;
            switch (field.Kind)
            {
                case FieldKind.RichText when field.Text is not null:
                    if (context.Markup(field) is { } markup)
                    {
                        _markup.Check(markup, CheckScope.RichTextField, property, request, sink);
                    }
                    else
                    {
                        _markup.Reject(field.Text, request, property, sink);
                    }

                    break;
                case FieldKind.PlainText or FieldKind.MultilineText when field.Text is not null:
                    if (field.Text.Length <= _options.MaxFieldLength || !_markup.Reject(field.Text, request, property, sink))
                    {
                        _markup.Check(HtmlInput.FromPlainText(field.Text), CheckScope.TextField, property, request, sink);
                    }

                    break;
                case FieldKind.Blocks:
                    foreach (var element in field.Elements)
                    {
                        CheckFields(element.Fields, property, context, request, sink);
                    }

                    break;
            }
        }
    }

    // A document too long to check in reasonable time, a field over the field limit counting as the limit (it is cut to it).
    private bool RejectDocument(CultureDocument document, CheckRequest request, List<Finding> sink)
    {
        var length = DocumentBounds.CheckedLength(document.Fields, _options.MaxFieldLength);
        if (length <= _options.MaxDocumentLength)
        {
            return false;
        }

        _runner.Raise(EngineFindings.DocumentTooLarge, request.ContentTypeAlias, _runner.Target(request.Culture, null, request.UiCulture, null), sink, string.Empty, new Dictionary<string, string>
        {
            ["length"] = length.ToString("N0", CultureInfo.InvariantCulture),
            ["limit"] = _options.MaxDocumentLength.ToString("N0", CultureInfo.InvariantCulture),
        });
        return true;
    }

    private void CheckMarkup(string html, CheckScope scope, string? property, CheckRequest request, List<Finding> sink)
    {
        if (!_markup.Reject(html, request, property, sink))
        {
            var document = scope == CheckScope.Page ? HtmlInput.ParsePage(html) : HtmlInput.ParseFragment(html);
            _markup.Check(document, scope, property, request, sink);
        }
    }

    private bool AcceptCulture(CheckRequest request, List<Finding> sink)
    {
        var status = CultureSupport.Classify(request.Culture);
        if (status == CultureStatus.Supported)
        {
            return true;
        }

        var descriptor = status == CultureStatus.Invalid ? EngineFindings.CultureInvalid : EngineFindings.CultureUnsupported;
        var target = _runner.Target(request.Culture ?? string.Empty, null, request.UiCulture, null);
        _runner.Raise(descriptor, request.ContentTypeAlias, target, sink, request.Culture ?? string.Empty, new Dictionary<string, string> { ["culture"] = request.Culture ?? string.Empty });
        return status == CultureStatus.Unsupported;
    }
}
