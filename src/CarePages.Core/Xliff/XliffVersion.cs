namespace CarePages.Core.Xliff;

/// <summary>The XLIFF versions the package writes and reads.</summary>
public enum XliffVersion
{
    /// <summary>XLIFF 1.2 (namespace <c>urn:oasis:names:tc:xliff:document:1.2</c>), the default: most CAT tools read it.</summary>
    Xliff12,

    /// <summary>XLIFF 2.1 (<c>version="2.1"</c> in the 2.0 namespace <c>urn:oasis:names:tc:xliff:document:2.0</c>).</summary>
    Xliff21,

    /// <summary>XLIFF 2.2 (<c>version="2.2"</c>, namespace <c>urn:oasis:names:tc:xliff:document:2.2</c>).</summary>
    Xliff22,
}
