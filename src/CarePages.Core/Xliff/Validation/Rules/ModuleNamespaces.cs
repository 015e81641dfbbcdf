using System.Xml.Linq;

namespace CarePages.Core.Xliff.Validation.Rules;

/// <summary>The namespaces of the XLIFF modules (and ITS), whose attributes the core allows where it allows no extension attribute.</summary>
internal static class ModuleNamespaces
{
    /// <summary>True for a module namespace: <c>urn:oasis:names:tc:xliff:…</c> other than a core document namespace, or ITS.</summary>
    public static bool IsModule(XNamespace ns) =>
        ns.NamespaceName == XliffNamespaces.Its
        || (ns.NamespaceName.StartsWith(XliffNamespaces.Oasis, StringComparison.Ordinal) && !ns.NamespaceName.StartsWith(XliffNamespaces.CorePrefix, StringComparison.Ordinal));
}
