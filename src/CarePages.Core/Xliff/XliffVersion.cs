namespace CarePages.Core.Xliff;

/// <summary>
/// The XLIFF versions the package knows: the ones it writes (1.2, 2.1, 2.2) and, for reading and validating, 2.0.
/// Each version's namespace and <c>version</c> attribute are in <see cref="XliffVersions"/>.
/// </summary>
public enum XliffVersion
{
    /// <summary>XLIFF 1.2, the default: most CAT tools read it.</summary>
    Xliff12,

    /// <summary>XLIFF 2.0 (read and validated; not written).</summary>
    Xliff20,

    /// <summary>XLIFF 2.1 (<c>version="2.1"</c> in the 2.0 namespace).</summary>
    Xliff21,

    /// <summary>XLIFF 2.2 (its own namespace).</summary>
    Xliff22,
}
