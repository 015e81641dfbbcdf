using CarePages.Core.Checks;
using CarePages.Core.Checks.Engine;
using CarePages.Core.Checks.Options;
using CarePages.Core.Checks.Rules.Clinical;
using CarePages.Core.Documents;
using CarePages.Core.Ports;
using CarePages.Core.Rendering;
using CarePages.Core.Schema;

namespace CarePages.Core.Audit;

/// <summary>
/// Audits one document for one run: every culture of its draft and of its published version, checking again only the
/// cultures whose fingerprint changed (all of them when <c>force</c>), and checking a published culture that equals its
/// draft only once. A document or culture that cannot be read becomes a <c>document-unreadable</c> finding.
/// </summary>
internal sealed class DocumentAuditor
{
    // Stored findings are rendered again in each reader's language; the audit writes them once in the fallback language.
    private const string StoredLanguage = "en";

    private readonly CheckEngine _engine;
    private readonly ReviewWindow _window;
    private readonly CheckSettingsResolver _settings;
    private readonly string _sourceCulture;
    private readonly string _settingsStamp;
    private readonly DateOnly _today;
    private readonly DateTimeOffset _now;

    public DocumentAuditor(CheckEngine engine, ReviewWindow window, string sourceCulture, string settingsStamp, DateTimeOffset now)
    {
        _engine = engine;
        _window = window;
        _settings = new CheckSettingsResolver(engine.Options);
        _sourceCulture = sourceCulture;
        _settingsStamp = settingsStamp;
        _now = now;
        _today = DateOnly.FromDateTime(now.UtcDateTime);
    }

    public AuditDocumentResult Audit(SiteDocumentStamp stamp, SiteDocumentVersions versions, IReadOnlyList<AuditCultureState> stored, bool force, CancellationToken cancellationToken)
    {
        if (CarePagesSchema.FindContentType(versions.Draft.DocumentType.Id) is not { } type)
        {
            return Unreadable(stamp, $"document type {versions.Draft.DocumentType.Id} is not a CarePages type");
        }

        var previous = stored.ToDictionary(s => (s.Culture.ToUpperInvariant(), s.Version), s => s.Fingerprint);
        var outcome = new DocumentAuditOutcome();
        var draft = Audit(versions.Draft, AuditedVersion.Draft, type.Alias, previous, force, null, outcome, cancellationToken);
        if (versions.Published is { } published)
        {
            Audit(published, AuditedVersion.Published, type.Alias, previous, force, draft, outcome, cancellationToken);
        }

        var state = new AuditDocumentState(stamp.Key, stamp.Stamp, _settingsStamp, outcome.RecheckOn);
        return new AuditDocumentResult(state, versions.Draft.NamePreferring(_sourceCulture), type.Alias, _now, outcome.Checked, outcome.Kept);
    }

    /// <summary>The result of a document whose content could not be read: one blocking finding, read again next run.</summary>
    public AuditDocumentResult Unreadable(SiteDocumentStamp stamp, string error, string contentTypeAlias = "")
    {
        var finding = UnreadableFinding(error, contentTypeAlias);
        var result = new AuditCultureResult(_sourceCulture, AuditedVersion.Draft, "unreadable", string.Empty, null, null, [finding]);
        var state = new AuditDocumentState(stamp.Key, stamp.Stamp, _settingsStamp, _today);
        return new AuditDocumentResult(state, string.Empty, contentTypeAlias, _now, [result], []);
    }

    // Audits one version; returns what it read and checked by culture, so the published version can reuse the draft's.
    private AuditedCultures Audit(
        MultiCultureDocument document,
        AuditedVersion version,
        string contentTypeAlias,
        Dictionary<(string, AuditedVersion), string> previous,
        bool force,
        AuditedCultures? draft,
        DocumentAuditOutcome outcome,
        CancellationToken cancellationToken)
    {
        var audited = new AuditedCultures(document);
        var read = CultureDocumentFactory.CachedReader(document);
        var parsed = new ParsedFields();
        foreach (var culture in CultureOrder.DefaultFirst(document.Cultures, _sourceCulture))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var reading = audited.Readings[culture] = Read(document, read, culture, draft);
            var fingerprint = reading.Fingerprint;
            outcome.Consider(_window.NextChange(reading.ReviewedOn, reading.Due, _today, contentTypeAlias));
            if (!force && previous.TryGetValue((culture.ToUpperInvariant(), version), out var old) && old == fingerprint)
            {
                outcome.Kept.Add(new AuditCultureState(culture, version, fingerprint));
                continue;
            }

            var result = draft is not null && draft.Results.TryGetValue(culture, out var drafted) && drafted.Fingerprint == fingerprint
                ? drafted with { Version = version }
                : new AuditCultureResult(culture, version, fingerprint, document.NameIn(culture) ?? string.Empty, reading.ReviewedOn, reading.Due,
                    reading.Unreadable is null ? Check(read, parsed, culture, contentTypeAlias, cancellationToken) : [UnreadableFinding(reading.Unreadable, contentTypeAlias)]);
            audited.Results[culture] = result;
            outcome.Checked.Add(result);
        }

        return audited;
    }

    // A culture whose fingerprint equals the draft's reads the same review dates; the very same document, the same fingerprint.
    private CultureReading Read(MultiCultureDocument document, Func<string, CultureDocument?> read, string culture, AuditedCultures? draft)
    {
        if (draft is null || !draft.Readings.TryGetValue(culture, out var drafted))
        {
            return Read(read, culture, AuditFingerprint.Of(document, culture, _sourceCulture));
        }

        var fingerprint = ReferenceEquals(document, draft.Document) ? drafted.Fingerprint : AuditFingerprint.Of(document, culture, _sourceCulture);
        return fingerprint == drafted.Fingerprint ? drafted : Read(read, culture, fingerprint);
    }

    private static CultureReading Read(Func<string, CultureDocument?> read, string culture, string fingerprint)
    {
        var (reviewedOn, due, unreadable) = ReviewDatesOf(read, culture);
        return new CultureReading(fingerprint, reviewedOn, due, unreadable);
    }

    private IReadOnlyList<AuditFinding> Check(Func<string, CultureDocument?> read, ParsedFields parsed, string culture, string contentTypeAlias, CancellationToken cancellationToken)
    {
        try
        {
            return _engine.CheckCulture(read, culture, _sourceCulture, StoredLanguage, parsed, cancellationToken) is { } report
                ? report.Findings.Select(AuditFinding.Of).ToArray()
                : [];
        }
        catch (DocumentShapeException exception)
        {
            return [UnreadableFinding(exception.Message, contentTypeAlias)];
        }
    }

    private static (DateOnly? ReviewedOn, DateOnly? Due, string? Unreadable) ReviewDatesOf(Func<string, CultureDocument?> read, string culture)
    {
        try
        {
            return read(culture) is { } document ? Dates(ReviewDates.Of(document)) : (null, null, null);
        }
        catch (DocumentShapeException exception)
        {
            return (null, null, exception.Message);
        }

        static (DateOnly?, DateOnly?, string?) Dates((DateOnly? ReviewedOn, DateOnly? Due) dates) => (dates.ReviewedOn, dates.Due, null);
    }

    private AuditFinding UnreadableFinding(string error, string contentTypeAlias)
    {
        var descriptor = EngineFindings.DocumentUnreadable;
        return new AuditFinding(descriptor.Id, descriptor.Id, _settings.Resolve(descriptor, contentTypeAlias).Severity, null, string.Empty, descriptor.Wcag, null,
            new MessageArgumentDictionary(new Dictionary<string, string> { ["error"] = error }));
    }
}
