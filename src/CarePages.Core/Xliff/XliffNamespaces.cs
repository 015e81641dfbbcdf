namespace CarePages.Core.Xliff;

/// <summary>Every XLIFF namespace the package writes, reads or validates, declared once.</summary>
internal static class XliffNamespaces
{
    /// <summary>What every OASIS XLIFF namespace, core or module, starts with.</summary>
    public const string Oasis = "urn:oasis:names:tc:xliff:";

    /// <summary>What the core namespaces start with (<c>…:document:1.2</c>, <c>…:document:2.0</c>, <c>…:document:2.2</c>).</summary>
    public const string CorePrefix = Oasis + "document:";

    /// <summary>The XLIFF 1.2 core namespace.</summary>
    public const string Core12 = CorePrefix + "1.2";

    /// <summary>The core namespace of XLIFF 2.0 and 2.1.</summary>
    public const string Core20 = CorePrefix + "2.0";

    /// <summary>The XLIFF 2.2 core namespace.</summary>
    public const string Core22 = CorePrefix + "2.2";

    /// <summary>The Metadata module (the same in 2.0, 2.1 and 2.2).</summary>
    public const string Metadata = Oasis + "metadata:2.0";

    /// <summary>The Size and Length Restriction module (the same in 2.0, 2.1 and 2.2).</summary>
    public const string SizeRestriction = Oasis + "sizerestriction:2.0";

    /// <summary>The Format Style module.</summary>
    public const string FormatStyle = Oasis + "fs:2.0";
}
