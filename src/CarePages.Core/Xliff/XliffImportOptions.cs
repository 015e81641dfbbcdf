namespace CarePages.Core.Xliff;

/// <summary>Limits for reading XLIFF files.</summary>
public sealed record XliffImportOptions
{
    /// <summary>The default size limit: 20 MB.</summary>
    public const long DefaultMaxFileBytes = 20L * 1024 * 1024;

    /// <summary>The default nesting limit: 256 elements inside each other (a CarePages file nests about a dozen).</summary>
    public const int DefaultMaxNestingDepth = 256;

    /// <summary>Files larger than this many bytes are refused before parsing.</summary>
    public long MaxFileBytes { get; init; } = DefaultMaxFileBytes;

    /// <summary>
    /// Files whose elements nest deeper than this are refused before the tree is built: schema validation and the
    /// target readers walk it recursively, and a stack overflow cannot be caught (it would end the site's process).
    /// </summary>
    public int MaxNestingDepth { get; init; } = DefaultMaxNestingDepth;

    /// <summary>
    /// How many threads one import may use (default: the processor count). With more than one, the documents' source
    /// is split while the file is validated, and the documents are imported side by side; 1 does everything on the
    /// calling thread (as does any value below 1). The result is the same either way.
    /// </summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;
}
