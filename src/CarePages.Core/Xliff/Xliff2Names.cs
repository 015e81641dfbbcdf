namespace CarePages.Core.Xliff;

/// <summary>Names written into and expected back from XLIFF 2.x files.</summary>
internal static class Xliff2Names
{
    /// <summary>The <c>category</c> of the package's <c>&lt;mda:metaGroup&gt;</c>.</summary>
    public const string MetaGroupCategory = "carepages";

    /// <summary>The <c>type</c> of the <c>&lt;mda:meta&gt;</c> holding the job id.</summary>
    public const string JobIdMeta = "jobId";

    /// <summary>The size profile: limits count Unicode code points.</summary>
    public const string CodePointProfile = "xliff:codepoints";

    /// <summary>The id of each unit's one segment, which translation candidates point at (<c>ref="#s1"</c>).</summary>
    public const string SegmentId = "s1";
}
