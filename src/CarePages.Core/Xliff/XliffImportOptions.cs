namespace CarePages.Core.Xliff;

/// <summary>Limits for reading XLIFF files.</summary>
public sealed record XliffImportOptions
{
    /// <summary>The default size limit: 20 MB.</summary>
    public const long DefaultMaxFileBytes = 20L * 1024 * 1024;

    /// <summary>Files larger than this many bytes are refused before parsing.</summary>
    public long MaxFileBytes { get; init; } = DefaultMaxFileBytes;
}
