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

    /// <summary>The Translation Candidates module (<c>mtc</c>).</summary>
    public const string Matches = Oasis + "matches:2.0";

    /// <summary>The Glossary module (<c>gls</c>).</summary>
    public const string Glossary = Oasis + "glossary:2.0";

    /// <summary>The Resource Data module (<c>res</c>).</summary>
    public const string ResourceData = Oasis + "resourcedata:2.0";

    /// <summary>The Change Tracking module of 2.0/2.1 (<c>ctr</c>; an informative extension in 2.2).</summary>
    public const string ChangeTracking = Oasis + "changetracking:2.0";

    /// <summary>The Plural, Gender and Select module of 2.2 (<c>pgs</c>), as its schema declares it.</summary>
    public const string PluralGenderSelect = Oasis + "pgs:1.0";

    /// <summary>The W3C ITS 2.0 namespace, which the ITS module (XLIFF 2.1 and 2.2) reuses for its attributes and standoff elements (<c>its:</c>).</summary>
    public const string Its = "http://www.w3.org/2005/11/its";

    /// <summary>The ITS module's own namespace (<c>itsm:domains</c>, <c>itsm:lang</c>), the same in 2.1 and 2.2.</summary>
    public const string ItsMapping = Oasis + "itsm:2.1";
}
