using System.Xml.Linq;

namespace CarePages.Core.Xliff.Validation.Rules;

/// <summary>
/// Whether a module's <c>ref</c> points to a span of text within a given unit, as the Translation Candidates module
/// (<c>mtc:match</c>) and the Glossary module (<c>gls:glossEntry</c>, <c>gls:translation</c>) require. Only fragment
/// identifiers (starting with <c>#</c>) are read, resolved as Fragment Identification says: a relative one is
/// completed by the enclosing file and unit; no prefix names a segment, an ignorable or a source inline element of
/// the unit, <c>t=</c> a target inline element; a note, data or module part is not text. Any other IRI is left alone
/// (it may name this very document by its address), as is an identifier the fragment-id rule already reports.
/// </summary>
internal static class UnitSpanReference
{
    /// <summary>True unless <paramref name="reference"/> is a fragment identifier that names no span of text in <paramref name="unit"/>.</summary>
    public static bool MayPointInto(Xliff2Document document, XElement unit, string reference)
    {
        if (!reference.StartsWith('#'))
        {
            return true;
        }

        var fragment = FragmentIdentifier.Parse(reference, document.FragmentPrefixes);
        if (fragment.Fault is not null)
        {
            return true;
        }

        var file = unit.Ancestors(document.Ns + "file").First();
        var (leafPrefix, leafId) = fragment.Parts[^1];
        if (fragment.IdOf("f") is { } fileId && fileId != Xliff2Document.Value(file, "id"))
        {
            return false;
        }

        var groupIds = fragment.Parts.Where(p => p.Prefix == "g").Select(p => p.Id);
        if (groupIds.Any(g => !unit.Ancestors(document.Ns + "group").Any(group => Xliff2Document.Value(group, "id") == g)))
        {
            return false;
        }

        var unitId = fragment.IdOf("u");
        if (unitId is not null && unitId != Xliff2Document.Value(unit, "id"))
        {
            return false;
        }

        return leafPrefix switch
        {
            "u" => true,
            null => document.Parts(unit).Concat(document.Inline(unit, targets: false)).Any(e => Xliff2Document.Value(e, "id") == leafId),
            "t" => document.Inline(unit, targets: true).Any(e => Xliff2Document.Value(e, "id") == leafId),
            _ => false,
        };
    }
}
