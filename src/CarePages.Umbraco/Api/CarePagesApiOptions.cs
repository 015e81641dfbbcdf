namespace CarePages.Umbraco.Api;

/// <summary>Limits of the package's HTTP API (<c>services.Configure&lt;CarePagesApiOptions&gt;</c> changes them).</summary>
public sealed class CarePagesApiOptions
{
    /// <summary>The default largest JSON request body: 1 MiB, far above any export or review request.</summary>
    public const long DefaultMaxRequestBodyBytes = 1024 * 1024;

    /// <summary>
    /// The largest request body an endpoint reads, in bytes, unless the endpoint sets its own (<c>[RequestSizeLimit]</c>,
    /// as the import does). A larger body is answered 413 before it is read.
    /// </summary>
    public long MaxRequestBodyBytes { get; set; } = DefaultMaxRequestBodyBytes;
}
