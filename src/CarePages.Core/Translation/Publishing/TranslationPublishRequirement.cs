using CarePages.Core.Schema;
using CarePages.Core.Translation.Units;
using CarePages.Core.Translation.Workflow;

namespace CarePages.Core.Translation.Publishing;

/// <summary>
/// A culture other than the source culture of a clinical document may be published only when every translatable
/// field is Approved and current. Other document types and the source culture are never blocked.
/// </summary>
public static class TranslationPublishRequirement
{
    /// <summary>
    /// The fields of <paramref name="units"/> (the document's source units) that stop <paramref name="culture"/> from
    /// being published, in unit order; empty when it may be published. A state whose source fingerprint differs from
    /// the unit's counts as outdated even when the change has not been recorded yet.
    /// </summary>
    public static IReadOnlyList<PublishBlocker> BlockingFields(IReadOnlyList<TranslatableUnit> units, string culture, IEnumerable<FieldTranslationState> states) =>
        Blockers(units, culture, states, (_, status) => status != TranslationStatus.Approved);

    /// <summary>
    /// The fields of <paramref name="units"/> whose translation in <paramref name="culture"/> started as a machine draft
    /// and has not been approved since (MachineTranslated, or post-edited and not yet approved): these stop a clinical
    /// document whatever the site's settings, since no setting may let unreviewed machine translation reach patients.
    /// </summary>
    public static IReadOnlyList<PublishBlocker> MachineDraftFields(IReadOnlyList<TranslatableUnit> units, string culture, IEnumerable<FieldTranslationState> states) =>
        Blockers(units, culture, states, (state, _) =>
            state is not null && (state.Status == TranslationStatus.MachineTranslated || (state.Machine is not null && state.Status != TranslationStatus.Approved)));

    // The units, in order, whose state in the culture blocks, with the status to show; none for other document types
    // and the source culture.
    private static PublishBlocker[] Blockers(IReadOnlyList<TranslatableUnit> units, string culture, IEnumerable<FieldTranslationState> states, Func<FieldTranslationState?, TranslationStatus, bool> blocks)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(states);
        if (units.Count == 0 || !AppliesTo(units[0], culture))
        {
            return [];
        }

        var byPath = states
            .Where(s => string.Equals(s.Culture, culture, StringComparison.OrdinalIgnoreCase))
            .ToDictionary(s => s.Path);
        return units
            .Select(unit => (unit, state: byPath.GetValueOrDefault(unit.Path)))
            .Select(x => (x.unit, x.state, status: StatusOf(x.state, x.unit)))
            .Where(x => blocks(x.state, x.status))
            .Select(x => new PublishBlocker(x.unit.Path, x.unit.Name, x.status))
            .ToArray();
    }

    private static bool AppliesTo(TranslatableUnit unit, string culture) =>
        ClinicalDocumentTypes.Contains(unit.ContentTypeAlias)
        && !string.Equals(unit.SourceCulture, culture, StringComparison.OrdinalIgnoreCase);

    private static TranslationStatus StatusOf(FieldTranslationState? state, TranslatableUnit unit) =>
        state is null ? TranslationStatus.Untranslated : FieldTranslationRules.ObserveSource(state, unit).EffectiveStatus;
}
