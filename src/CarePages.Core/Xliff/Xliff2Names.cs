namespace CarePages.Core.Xliff;

/// <summary>Names written into and expected back from XLIFF 2.x files.</summary>
internal static class Xliff2Names
{
    /// <summary>The core namespace of XLIFF 2.0 and 2.1.</summary>
    public const string Namespace20 = "urn:oasis:names:tc:xliff:document:2.0";

    /// <summary>The core namespace of XLIFF 2.2.</summary>
    public const string Namespace22 = "urn:oasis:names:tc:xliff:document:2.2";

    /// <summary>The Metadata module's namespace (the same in 2.1 and 2.2).</summary>
    public const string Metadata = "urn:oasis:names:tc:xliff:metadata:2.0";

    /// <summary>The Size and Length Restriction module's namespace (the same in 2.1 and 2.2).</summary>
    public const string SizeRestriction = "urn:oasis:names:tc:xliff:sizerestriction:2.0";

    /// <summary>The <c>category</c> of the package's <c>&lt;mda:metaGroup&gt;</c>.</summary>
    public const string MetaGroupCategory = "carepages";

    /// <summary>The <c>type</c> of the <c>&lt;mda:meta&gt;</c> holding the job id.</summary>
    public const string JobIdMeta = "jobId";

    /// <summary>The size profile: limits count Unicode code points.</summary>
    public const string CodePointProfile = "xliff:codepoints";

    /// <summary>The <c>version</c> attribute and namespace for <paramref name="version"/>.</summary>
    public static (string Version, string Namespace) Of(XliffVersion version) => version switch
    {
        XliffVersion.Xliff21 => ("2.1", Namespace20),
        XliffVersion.Xliff22 => ("2.2", Namespace22),
        _ => throw new ArgumentOutOfRangeException(nameof(version), version, "The XLIFF 2 writer writes 2.1 or 2.2; 1.2 has its own writer."),
    };
}
