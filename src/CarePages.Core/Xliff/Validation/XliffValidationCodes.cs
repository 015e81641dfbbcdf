namespace CarePages.Core.Xliff.Validation;

/// <summary>The <see cref="XliffValidationFault.Code"/> values that are not a processing-requirement rule's own.</summary>
internal static class XliffValidationCodes
{
    /// <summary>The file could not be read or parsed (size limit, DOCTYPE, not well-formed, unreadable).</summary>
    public const string Xml = "xml";

    /// <summary>The root is not <c>&lt;xliff&gt;</c> in a known namespace with a matching <c>version</c>.</summary>
    public const string Root = "root";

    /// <summary>The file breaks the version's XML schema (core or module); schema warnings count too.</summary>
    public const string Schema = "schema";
}
