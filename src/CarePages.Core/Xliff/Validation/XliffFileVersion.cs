namespace CarePages.Core.Xliff.Validation;

/// <summary>The XLIFF version a file declares, by its root namespace and <c>version</c> attribute.</summary>
public enum XliffFileVersion
{
    /// <summary>Not an XLIFF root, or a namespace or version this validator does not know.</summary>
    Unknown,

    /// <summary>XLIFF 1.2 (<c>urn:oasis:names:tc:xliff:document:1.2</c>).</summary>
    Xliff12,

    /// <summary>XLIFF 2.0 (<c>urn:oasis:names:tc:xliff:document:2.0</c>, <c>version="2.0"</c>).</summary>
    Xliff20,

    /// <summary>XLIFF 2.1 (the 2.0 namespace, <c>version="2.1"</c>).</summary>
    Xliff21,

    /// <summary>XLIFF 2.2 (<c>urn:oasis:names:tc:xliff:document:2.2</c>).</summary>
    Xliff22,
}
