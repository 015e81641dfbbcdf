namespace CarePages.Core.Xliff.Validation.Rules;

/// <summary>The XLIFF 2.x processing-requirement rules, run in this order; their faults come back in document order.</summary>
internal static class Xliff2Rules
{
    /// <summary>Every rule.</summary>
    public static IReadOnlyList<IXliff2Rule> All { get; } =
    [
        new LanguageTagRule(),
        new TargetLanguageRequiredRule(),
        new ContentLanguageRule(),
        new UniqueIdsRule(),
        new ExtensionIdsRule(),
        new ModuleNamesRule(),
        new CodeExtensionAttributesRule(),
        new EndCodeFormatStyleRule(),
        new SkeletonRule(),
        new UnitSegmentRule(),
        new SubStateRule(),
        new SegmentStateRule(),
        new SubTypeRule(),
        new TargetOrderRule(),
        new DataReferencesRule(),
        new CopyOfRule(),
        new SpanningCodesRule(),
        new MarkerPairsRule(),
        new FragmentIdRule(),
        new CommentAnnotationRule(),
        new CodePointRule(),
        new NonRemovableCodesRule(),
        new NonReorderableCodesRule(),
        new XmlSpaceRule(),
        new ReorderSequenceRule(),
        new SubFlowsRule(),
        new ValidationModuleRule(),
        new TranslationCandidatesRule(),
        new GlossaryRule(),
        new MetadataRule(),
        new ResourceDataRule(),
        new ChangeTrackingRule(),
        new SizeRestrictionRule(),
        new PluralGenderSelectRule(),
        new ItsToolsReferencingRule(),
        new ItsAnnotationsRule(),
        new ItsQualityRatingRule(),
        new ItsStandoffRule(),
    ];
}
