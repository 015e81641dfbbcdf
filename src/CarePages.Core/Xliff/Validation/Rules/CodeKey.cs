using System.Xml.Linq;

namespace CarePages.Core.Xliff.Validation.Rules;

/// <summary>
/// What identifies an inline code across source and target: its name and id (an <c>ec</c> paired by <c>startRef</c> by
/// that), and, for a <c>pc</c>, whether it is its start or its end.
/// </summary>
internal readonly record struct CodeKey(string Name, string Id, bool End = false)
{
    /// <summary>The key of <paramref name="code"/> (a <c>ph</c>, <c>pc</c>, <c>sc</c> or <c>ec</c>).</summary>
    public static CodeKey Of(XElement code, bool end = false) =>
        new(code.Name.LocalName, Xliff2Document.Value(code, "id") ?? "startRef:" + Xliff2Document.Value(code, "startRef"), end);

    /// <summary>How the code reads in a message.</summary>
    public override string ToString() => Id.StartsWith("startRef:", StringComparison.Ordinal)
        ? $"<{Name} startRef=\"{Id["startRef:".Length..]}\">"
        : End ? $"the end of <{Name} id=\"{Id}\">" : $"<{Name} id=\"{Id}\">";
}
