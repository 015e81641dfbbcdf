using System.Xml.Linq;

namespace CarePages.Core.Xliff.Validation.Rules;

/// <summary>The namespaces of the XLIFF modules (and ITS), whose attributes the core allows where it allows no extension attribute.</summary>
internal static class ModuleNamespaces
{
    private const string Its = "http://www.w3.org/2005/11/its";

    /// <summary>True for a module namespace: <c>urn:oasis:names:tc:xliff:…</c> other than a core document namespace, or ITS.</summary>
    public static bool IsModule(XNamespace ns) =>
        ns.NamespaceName == Its
        || (ns.NamespaceName.StartsWith(XliffNamespaces.Oasis, StringComparison.Ordinal) && !ns.NamespaceName.StartsWith(XliffNamespaces.CorePrefix, StringComparison.Ordinal));
}
