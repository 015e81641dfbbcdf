namespace CarePages.Core.Xliff.Validation;

/// <summary>Settings for <see cref="XliffValidator"/>.</summary>
public sealed record XliffValidationOptions
{
    /// <summary>Files larger than this many bytes are refused before parsing; the importer's default, 20 MB.</summary>
    public long MaxFileBytes { get; init; } = XliffImportOptions.DefaultMaxFileBytes;

    /// <summary>Files whose elements nest deeper than this are refused before the tree is built; the importer's default, 256.</summary>
    public int MaxNestingDepth { get; init; } = XliffImportOptions.DefaultMaxNestingDepth;

    /// <summary>
    /// More fragment-identifier prefixes for extensions, accepted in <c>ref</c> besides the core (<c>f</c>, <c>g</c>,
    /// <c>u</c>, <c>n</c>, <c>d</c>, <c>t</c>), module (<c>gls</c>, <c>mtc</c>, <c>res</c>…) and TC-registered (<c>tbx</c>) ones.
    /// </summary>
    public IReadOnlyCollection<string> FragmentPrefixes { get; init; } = [];

    /// <summary>
    /// How many threads one validation may use (default: the processor count): the schemas check the file while the
    /// processing requirements' index is built, and the rules then run side by side. 1 does everything on the calling
    /// thread (as does any value below 1). The faults are the same, in the same order, either way.
    /// </summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;
}
