using System.Xml.Linq;
using CarePages.Core.Xliff.Validation.Rules;

namespace CarePages.Core.Xliff.Validation;

/// <summary>
/// Validates an XLIFF 1.2, 2.0, 2.1 or 2.2 file. In order: the size limit before parsing, a secure parse (no DTD, no
/// resolver), the version from the root's namespace and <c>version</c>, the version's schema (1.2 strict; 2.x core and
/// module schemas, warnings counted as faults), then for a schema-valid 2.x file the processing requirements a schema
/// cannot express (unique ids, code pairing, references, languages…), one rule each.
/// </summary>
public sealed class XliffValidator
{
    private readonly XliffValidationOptions options;
    private readonly HashSet<string> fragmentPrefixes;

    /// <summary>Creates a validator with <paramref name="options"/> (default: a 20 MB size limit, no extension prefixes).</summary>
    public XliffValidator(XliffValidationOptions? options = null)
    {
        this.options = options ?? new XliffValidationOptions();
        fragmentPrefixes = new HashSet<string>(this.options.FragmentPrefixes, StringComparer.Ordinal);
    }

    /// <summary>Validates the file at <paramref name="path"/>; a file that cannot be opened is <see cref="XliffValidationStatus.Unreadable"/>.</summary>
    public XliffValidationReport ValidateFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        FileStream stream;
        try
        {
            stream = File.OpenRead(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return XliffValidationReport.NotChecked(XliffValidationStatus.Unreadable, new XliffValidationFault(XliffValidationCodes.Xml, $"The file cannot be read: {e.Message}"));
        }

        using (stream)
        {
            return Validate(stream);
        }
    }

    /// <summary>Validates the XLIFF file read from <paramref name="input"/>.</summary>
    public XliffValidationReport Validate(Stream input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (document, failure) = SecureXmlLoader.LoadDocument(input, options.MaxFileBytes, options.MaxNestingDepth);
        if (failure is not null)
        {
            var status = failure.Kind switch
            {
                XmlLoadFailureKind.FileTooLarge => XliffValidationStatus.FileTooLarge,
                XmlLoadFailureKind.DtdNotAllowed => XliffValidationStatus.DtdNotAllowed,
                XmlLoadFailureKind.NestingTooDeep => XliffValidationStatus.NestingTooDeep,
                _ => XliffValidationStatus.NotWellFormed,
            };
            return XliffValidationReport.NotChecked(status, new XliffValidationFault(XliffValidationCodes.Xml, failure.Message, failure.Line, failure.Position) { Note = failure.Note });
        }

        return Validate(document!);
    }

    /// <summary>Validates an XLIFF document already loaded securely.</summary>
    internal XliffValidationReport Validate(XDocument document) => Validate(document, XliffRoot.Of(document.Root!));

    /// <summary>Validates an XLIFF document already loaded securely whose root was read as <paramref name="root"/> (the importer's own read).</summary>
    internal XliffValidationReport Validate(XDocument document, XliffRoot root) => Validate(document, root, locateFaults: true, options.MaxDegreeOfParallelism);

    /// <summary>
    /// Validates as <see cref="Validate(XDocument, XliffRoot)"/> on up to <paramref name="parallelism"/> threads; with
    /// <paramref name="locateFaults"/> false the faults carry no line and position, so they stay in the order the checks found them.
    /// </summary>
    internal XliffValidationReport Validate(XDocument document, XliffRoot root, bool locateFaults, int parallelism)
    {
        if (root.Version is not { } version)
        {
            return XliffValidationReport.Checked(null, [RootFault(locateFaults ? document.Root : null, root)]);
        }

        var schemas = XliffSchemaSets.For(version);
        if (version == XliffVersion.Xliff12)
        {
            return XliffValidationReport.Checked(version, XliffSchemaSets.Validate(document, schemas, locateFaults));
        }

        return XliffValidationReport.Checked(version, SchemaThenRules.Check(
            () => XliffSchemaSets.Validate(document, schemas, locateFaults),
            () => new Xliff2Document(document, schemas, fragmentPrefixes),
            locateFaults,
            parallelism));
    }

    // The schemas would pass a root in an unknown namespace silently, so a foreign or mismatched root is caught here.
    private static XliffValidationFault RootFault(XElement? element, XliffRoot root)
    {
        var expected = XliffVersions.NumbersIn(root.Namespace);
        var message = !root.IsXliffElement
            ? $"The root is <{root.ElementName}> in namespace \"{root.Namespace}\", not <xliff> in an XLIFF 1.2, 2.0/2.1 or 2.2 namespace."
            : root.VersionAttribute is null
                ? $"The <xliff> root has no version attribute; namespace \"{root.Namespace}\" needs {Expected(expected)}."
                : $"The <xliff> root says version=\"{root.VersionAttribute}\", which namespace \"{root.Namespace}\" does not have; expected {Expected(expected)}.";
        return XliffFaults.At(element, XliffValidationCodes.Root, message);
    }

    private static string Expected(IReadOnlyList<string> numbers) => "version=" + string.Join(" or ", numbers.Select(n => $"\"{n}\""));
}
