using CarePages.Core.Audit;
using CarePages.Core.Checks;
using CarePages.Core.Checks.Reports;
using CarePages.Core.Ports;
using CarePages.Core.Translation.Exchange;
using CarePages.Umbraco.Api.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CarePages.Umbraco.Api.Audit;

/// <summary>
/// What of the stored audit the current user may read, and their query in the store's terms: the documents they may
/// read, and among the cultures they ask for (every culture when none) the source culture and their languages (the
/// others are left out, not refused, as in the checks). Bad values are a 400 that says what to change.
/// </summary>
public sealed class AuditReader(IDocumentAuthorizer authorizer, IContentCultureCatalogue catalogue, TranslationExchangeOptions options, IAuditResultStore results, CheckEngine engine)
{
    /// <summary>
    /// <paramref name="parameters"/> as a query limited to what the user may read, or the problem with them; with
    /// <paramref name="paged"/> false (an export) <see cref="AuditFindingsParameters.Skip"/> and <see cref="AuditFindingsParameters.Take"/> are not read.
    /// </summary>
    public async Task<(AuditQuery Query, ObjectResult? Problem)> QueryAsync(AuditFindingsParameters parameters, bool paged, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (paged && (parameters.Take is < 1 or > AuditQuery.MaxTake || parameters.Skip < 0))
        {
            return (new AuditQuery(), BadValue("take", $"take must be from 1 to {AuditQuery.MaxTake} and skip 0 or more (they were {parameters.Take} and {parameters.Skip}); page through with skip."));
        }

        if (parameters.Rule is { } rule && !RuleReference.Exists(engine.Rules, rule))
        {
            return (new AuditQuery(), BadValue("rule", $"There is no rule '{rule}'. The rules are: {string.Join(", ", RuleReference.Ids(engine.Rules))}."));
        }

        var (cultures, problem) = await CulturesAsync(parameters.Culture, parameters.UiCulture, cancellationToken).ConfigureAwait(false);
        return problem is not null
            ? (new AuditQuery(), problem)
            : (new AuditQuery
            {
                Version = parameters.Version,
                RuleId = parameters.Rule,
                MinimumSeverity = parameters.Severity,
                Cultures = cultures,
                ContentTypeAlias = parameters.ContentType,
                DocumentKey = parameters.Document,
                DocumentKeys = await DocumentsAsync(cancellationToken).ConfigureAwait(false),
                ReviewDueBy = parameters.ReviewDueBy,
                Skip = paged ? parameters.Skip : 0,
                Take = paged ? parameters.Take : AuditQuery.MaxTake,
            }, null);
    }

    /// <summary>
    /// The readable ones of <paramref name="requested"/>, or of every site culture when none is; a 400 for a culture the
    /// site lacks, a 403 when none of those asked for is the user's.
    /// </summary>
    public async Task<(IReadOnlyList<string> Cultures, ObjectResult? Problem)> CulturesAsync(IReadOnlyCollection<string> requested, string uiCulture, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(requested);
        var (named, unknown) = requested.Count > 0
            ? await RequestedCultures.ResolveAsync(catalogue, requested, cancellationToken, uiCulture: uiCulture).ConfigureAwait(false)
            : ((await catalogue.GetCulturesAsync(cancellationToken).ConfigureAwait(false)).Select(c => c.IsoCode).ToArray(), null);
        if (unknown is not null)
        {
            return ([], unknown);
        }

        // Nothing readable must not fall back to "every culture", which is what an empty list asks for.
        var readable = await authorizer.FilterReadableCulturesAsync(named, options.SourceCulture, cancellationToken).ConfigureAwait(false);
        return readable.Count > 0
            ? (readable, null)
            : ([], OperationStatusProblem.Of(DocumentAuthorizationStatus.CultureNotAllowed, $"{string.Join(", ", named)} is not one of your languages."));
    }

    /// <summary>The audited documents the user may read; null when they may read every one.</summary>
    public async Task<IReadOnlyCollection<Guid>?> DocumentsAsync(CancellationToken cancellationToken)
    {
        var audited = (await results.GetDocumentStatesAsync(cancellationToken).ConfigureAwait(false)).Keys.ToArray();
        var readable = await authorizer.FilterDocumentsAsync(audited, DocumentAccess.Read, cancellationToken).ConfigureAwait(false);
        return readable.Count == audited.Length ? null : readable.ToArray();
    }

    private static ObjectResult BadValue(string parameter, string detail) =>
        ApiProblem.Create(StatusCodes.Status400BadRequest, $"Bad value for {parameter}", detail, "InvalidParameter");
}
