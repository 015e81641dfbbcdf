namespace CarePages.Core.Xliff;

/// <summary>The one table of XLIFF versions: each version's core namespace and <c>version</c> attribute.</summary>
internal static class XliffVersions
{
    private static readonly (XliffVersion Version, string Namespace, string Number)[] All =
    [
        (XliffVersion.Xliff12, XliffNamespaces.Core12, "1.2"),
        (XliffVersion.Xliff20, XliffNamespaces.Core20, "2.0"),
        (XliffVersion.Xliff21, XliffNamespaces.Core20, "2.1"),
        (XliffVersion.Xliff22, XliffNamespaces.Core22, "2.2"),
    ];

    /// <summary>The core namespace of <paramref name="version"/>.</summary>
    public static string Namespace(XliffVersion version) => Row(version).Namespace;

    /// <summary>The <c>version</c> attribute of <paramref name="version"/> (<c>1.2</c>, <c>2.0</c>, <c>2.1</c>, <c>2.2</c>).</summary>
    public static string Number(XliffVersion version) => Row(version).Number;

    /// <summary>The version a root in <paramref name="ns"/> saying <c>version="<paramref name="number"/>"</c> is; null when no version is.</summary>
    public static XliffVersion? Of(string ns, string? number) =>
        All.Where(v => v.Namespace == ns && v.Number == number).Select(v => (XliffVersion?)v.Version).FirstOrDefault();

    /// <summary>The <c>version</c> attributes a root in <paramref name="ns"/> may have; empty for a namespace that is not an XLIFF core.</summary>
    public static IReadOnlyList<string> NumbersIn(string ns) => All.Where(v => v.Namespace == ns).Select(v => v.Number).ToArray();

    private static (XliffVersion Version, string Namespace, string Number) Row(XliffVersion version) =>
        All.FirstOrDefault(v => v.Version == version) is { Namespace: not null } row
            ? row
            : throw new ArgumentOutOfRangeException(nameof(version), version, "Not an XLIFF version.");
}
