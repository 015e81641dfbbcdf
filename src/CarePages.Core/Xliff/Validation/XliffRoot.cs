using System.Xml.Linq;

namespace CarePages.Core.Xliff.Validation;

/// <summary>
/// Reads the version from the root's namespace and <c>version</c> attribute. The schema validator would pass a root in an
/// unknown namespace silently, so this is where a foreign or mismatched root is caught.
/// </summary>
internal static class XliffRoot
{
    /// <summary>The XLIFF 2.0 and 2.1 core namespace.</summary>
    public const string Namespace20 = "urn:oasis:names:tc:xliff:document:2.0";

    /// <summary>The XLIFF 2.2 core namespace.</summary>
    public const string Namespace22 = "urn:oasis:names:tc:xliff:document:2.2";

    /// <summary>The declared version, or <see cref="XliffFileVersion.Unknown"/> and a fault saying what the root is instead.</summary>
    public static (XliffFileVersion Version, XliffValidationFault? Fault) Detect(XElement root)
    {
        var ns = root.Name.NamespaceName;
        var version = (string?)root.Attribute("version");
        var detected = (ns, version) switch
        {
            (Xliff12Names.Namespace, "1.2") => XliffFileVersion.Xliff12,
            (Namespace20, "2.0") => XliffFileVersion.Xliff20,
            (Namespace20, "2.1") => XliffFileVersion.Xliff21,
            (Namespace22, "2.2") => XliffFileVersion.Xliff22,
            _ => XliffFileVersion.Unknown,
        };
        if (detected != XliffFileVersion.Unknown && root.Name.LocalName == "xliff")
        {
            return (detected, null);
        }

        var message = root.Name.LocalName != "xliff" || ns is not (Xliff12Names.Namespace or Namespace20 or Namespace22)
            ? $"The root is <{root.Name.LocalName}> in namespace \"{ns}\", not <xliff> in an XLIFF 1.2, 2.0/2.1 or 2.2 namespace."
            : version is null
                ? $"The <xliff> root has no version attribute; namespace \"{ns}\" needs {Expected(ns)}."
                : $"The <xliff> root says version=\"{version}\", which namespace \"{ns}\" does not have; expected {Expected(ns)}.";
        return (XliffFileVersion.Unknown, XliffFaults.At(root, XliffValidationCodes.Root, message));
    }

    private static string Expected(string ns) => ns switch
    {
        Namespace20 => "version=\"2.0\" or \"2.1\"",
        Namespace22 => "version=\"2.2\"",
        _ => "version=\"1.2\"",
    };
}
