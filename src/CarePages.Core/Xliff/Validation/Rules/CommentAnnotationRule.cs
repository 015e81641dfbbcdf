using System.Xml.Linq;

namespace CarePages.Core.Xliff.Validation.Rules;

/// <summary>
/// A comment annotation (<c>&lt;mrk type="comment"&gt;</c> or <c>&lt;sm type="comment"&gt;</c>) has either a
/// <c>value</c> or a <c>ref</c>, not both, and its <c>ref</c> points to a <c>&lt;note&gt;</c> of the same unit.
/// </summary>
internal sealed class CommentAnnotationRule : IXliff2Rule
{
    /// <inheritdoc />
    public string Code => "comment";

    /// <inheritdoc />
    public void Check(Xliff2Document document, Xliff2FaultCollector faults)
    {
        foreach (var unit in document.Units)
        {
            var comments = document.Inline(unit).Where(e => (document.Is(e, "mrk") || document.Is(e, "sm")) && Xliff2Document.Value(e, "type") == "comment");
            foreach (var comment in comments)
            {
                var value = Xliff2Document.Value(comment, "value");
                var reference = Xliff2Document.Value(comment, "ref");
                if ((value is null) == (reference is null))
                {
                    faults.Report(comment, $"The comment annotation {Xliff2Document.Describe(comment)} needs exactly one of value (the comment) or ref (a note of the unit); it has {(value is null ? "neither" : "both")}.");
                }
                else if (reference is not null && !PointsToUnitNote(document, unit, reference))
                {
                    faults.Report(comment.Attribute("ref")!, $"The comment annotation {Xliff2Document.Describe(comment)} has ref=\"{reference}\", which is not a note of unit \"{Xliff2Document.Value(unit, "id")}\" (write #n=<note id>).");
                }
            }
        }
    }

    private static bool PointsToUnitNote(Xliff2Document document, XElement unit, string reference)
    {
        if (!reference.StartsWith('#'))
        {
            return false;
        }

        var fragment = FragmentIdentifier.Parse(reference, document.FragmentPrefixes);
        if (fragment.Fault is not null)
        {
            return true; // The fragment-id rule reports it.
        }

        if (fragment.Parts[^1].Prefix != "n" || fragment.IdOf("g") is not null)
        {
            return false;
        }

        var file = unit.Ancestors(document.Ns + "file").First();
        var unitId = fragment.IdOf("u");
        var fileId = fragment.IdOf("f");
        var otherFile = fileId is not null && fileId != Xliff2Document.Value(file, "id");
        var fileNote = fileId is not null && unitId is null;
        var otherUnit = unitId is not null && unitId != Xliff2Document.Value(unit, "id");
        if (otherFile || fileNote || otherUnit)
        {
            return false;
        }

        var noteId = fragment.Parts[^1].Id;
        return unit.Elements(document.Ns + "notes").Elements(document.Ns + "note").Any(n => Xliff2Document.Value(n, "id") == noteId);
    }
}
