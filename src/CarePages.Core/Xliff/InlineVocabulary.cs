using System.Xml.Linq;

namespace CarePages.Core.Xliff;

/// <summary>
/// The inline elements of one XLIFF version as the importer reads them: the names of paired and placeholder codes,
/// annotation wrappers whose content counts (<c>mrk</c>), markers that carry no text (2.x <c>sm</c>/<c>em</c>) and
/// whether <c>&lt;cp hex&gt;</c> code points occur. Everything else in a target is refused.
/// </summary>
internal sealed record InlineVocabulary
{
    /// <summary>XLIFF 1.2: <c>&lt;g&gt;</c> and <c>&lt;x/&gt;</c>, <c>mrk</c> unwrapped.</summary>
    public static InlineVocabulary Xliff12 { get; } = new()
    {
        Namespace = XliffNamespaces.Core12,
        Paired = "g",
        Placeholder = "x",
        Unwrapped = new HashSet<string>(StringComparer.Ordinal) { "mrk" },
        Skipped = new HashSet<string>(StringComparer.Ordinal),
        HasCodePoints = false,
    };

    /// <summary>The XLIFF namespace of the file.</summary>
    public required XNamespace Namespace { get; init; }

    /// <summary>The element of a paired code: <c>g</c> or <c>pc</c>.</summary>
    public required string Paired { get; init; }

    /// <summary>The element of a placeholder code: <c>x</c> or <c>ph</c>.</summary>
    public required string Placeholder { get; init; }

    /// <summary>Annotation elements whose content is read as if they were not there.</summary>
    public required IReadOnlySet<string> Unwrapped { get; init; }

    /// <summary>Empty markers that are skipped.</summary>
    public required IReadOnlySet<string> Skipped { get; init; }

    /// <summary>True when <c>&lt;cp hex="…"/&gt;</c> stands for a character XML cannot hold.</summary>
    public required bool HasCodePoints { get; init; }

    /// <summary>The XLIFF 2.x vocabulary in <paramref name="ns"/> (2.0 or 2.2 namespace).</summary>
    public static InlineVocabulary Xliff2(XNamespace ns) => new()
    {
        Namespace = ns,
        Paired = "pc",
        Placeholder = "ph",
        Unwrapped = new HashSet<string>(StringComparer.Ordinal) { "mrk" },
        Skipped = new HashSet<string>(StringComparer.Ordinal) { "sm", "em" },
        HasCodePoints = true,
    };

    /// <summary>The element name of <paramref name="code"/> in this version.</summary>
    public string NameOf(InlineCode code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return code.IsPaired ? Paired : Placeholder;
    }

    /// <summary>How a translator finds <paramref name="code"/> in a message: <c>&lt;g id="1"&gt; (strong)</c>.</summary>
    public string Describe(InlineCode code) => $"<{NameOf(code)} id=\"{code.Id}\"> ({code.HtmlName})";
}
