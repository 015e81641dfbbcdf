using CarePages.Core.Xliff.Validation;

namespace CarePages.Core.Tests.Xliff.Validation;

/// <summary>XLIFF 2.1 files for the ITS module tests: the ITS (<c>its</c>) and ITS mapping (<c>itsm</c>) namespaces declared on a group around the unit.</summary>
internal static class ItsSnippet
{
    /// <summary>The namespace declarations of the module.</summary>
    public const string Namespaces = "xmlns:its=\"http://www.w3.org/2005/11/its\" xmlns:itsm=\"urn:oasis:names:tc:xliff:itsm:2.1\"";

    /// <summary>Validates a file whose one <c>&lt;group id="g0"&gt;</c>, with <paramref name="groupAttributes"/>, holds <paramref name="groupContent"/>.</summary>
    public static XliffValidationReport ValidateGroup(string groupAttributes, string groupContent) =>
        Xliff2Snippet.ValidateFile($"<group id=\"g0\" {Namespaces} {groupAttributes}>{groupContent}</group>");

    /// <summary>Validates one <c>&lt;unit id="u1"&gt;</c> with <paramref name="unitAttributes"/> holding <paramref name="unitContent"/>.</summary>
    public static XliffValidationReport ValidateUnit(string unitAttributes, string unitContent) =>
        ValidateGroup(string.Empty, $"<unit id=\"u1\" {unitAttributes}>{unitContent}</unit>");

    /// <summary>Validates a unit whose one segment has <paramref name="source"/> and, when given, <paramref name="target"/>.</summary>
    public static XliffValidationReport ValidateSegment(string source, string? target = null, string unitAttributes = "") =>
        ValidateUnit(unitAttributes, $"<segment><source>{source}</source>{(target is null ? string.Empty : $"<target>{target}</target>")}</segment>");
}
