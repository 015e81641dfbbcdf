using System.Xml.Linq;

namespace CarePages.Core.Xliff.Validation.Rules;

/// <summary>
/// The Size and Length Restriction module (<c>slr</c>; XLIFF 2.1 and 2.2 Part 2). <c>sizeInfo</c> and
/// <c>sizeInfoRef</c> "MUST NOT be specified at the same time"; they and <c>equivStorage</c> are "only allowed on the
/// &lt;ec&gt; element if that element has the isolated attribute set to yes"; a <c>sizeInfoRef</c> "MUST point to an
/// element in a &lt;data&gt; element that is a sibling to the element this attribute is attached to or a sibling to
/// one of its ancestors", so such a <c>slr:data</c> must exist. Under the standard profiles the file's
/// <c>slr:profiles</c> selects (Standard profiles: <c>xliff:codepoints</c>; <c>xliff:utf8</c>, <c>xliff:utf16</c>,
/// <c>xliff:utf32</c>), <c>sizeRestriction</c> and <c>storageRestriction</c> are "[minsize,]maxsize", "Either size
/// MUST be an integer", the maximum may be <c>*</c>; <c>sizeInfo</c> and <c>equivStorage</c> are integers (empty
/// meaning 0). A restriction without a profile is no fault: an empty profile disables checking.
/// </summary>
internal sealed class SizeRestrictionRule : IXliff2Rule
{
    private static readonly XNamespace Slr = XliffNamespaces.SizeRestriction;

    private static readonly string[] StorageProfiles = ["xliff:utf8", "xliff:utf16", "xliff:utf32"];

    /// <inheritdoc />
    public string Code => "size-restriction";

    /// <inheritdoc />
    public void Check(Xliff2Document document, Xliff2FaultCollector faults)
    {
        foreach (var element in document.WithAttributesIn(Slr))
        {
            var sizeInfo = element.Attribute(Slr + "sizeInfo");
            var sizeInfoRef = element.Attribute(Slr + "sizeInfoRef");
            if (sizeInfo is not null && sizeInfoRef is not null)
            {
                faults.Report(sizeInfoRef, $"{Xliff2Document.Describe(element)} has both slr:sizeInfo and slr:sizeInfoRef; they must not be specified at the same time.");
            }

            if (document.Is(element, "ec") && Xliff2Document.Value(element, "isolated") != "yes")
            {
                foreach (var onPair in new[] { sizeInfo, sizeInfoRef, element.Attribute(Slr + "equivStorage") }.OfType<XAttribute>())
                {
                    faults.Report(onPair, $"{Xliff2Document.Describe(element)} has slr:{onPair.Name.LocalName}, which is only allowed on an isolated <ec>; the paired <sc> carries it for both.");
                }
            }

            if (sizeInfoRef is not null && !element.AncestorsAndSelf().Any(e => e.ElementsBeforeSelf(Slr + "data").Concat(e.ElementsAfterSelf(Slr + "data")).Any()))
            {
                faults.Report(sizeInfoRef, $"{Xliff2Document.Describe(element)} has slr:sizeInfoRef=\"{sizeInfoRef.Value}\", but no <slr:data> is a sibling of it or of an ancestor for it to point into.");
            }

            CheckStandardProfiles(document, element, faults);
        }
    }

    private static void CheckStandardProfiles(Xliff2Document document, XElement element, Xliff2FaultCollector faults)
    {
        var profiles = element.AncestorsAndSelf(document.Ns + "file").Elements(Slr + "profiles").FirstOrDefault();
        if (profiles is null)
        {
            return;
        }

        var general = Xliff2Document.Value(profiles, "generalProfile");
        var storage = Xliff2Document.Value(profiles, "storageProfile");
        var checks = new List<(string Attribute, string Profile, bool Range)>();
        if (general == "xliff:codepoints")
        {
            checks.Add(("sizeRestriction", general, true));
            checks.Add(("sizeInfo", general, false));
        }

        if (storage is not null && StorageProfiles.Contains(storage, StringComparer.Ordinal))
        {
            checks.Add(("storageRestriction", storage, true));
            checks.Add(("equivStorage", storage, false));
        }

        foreach (var (name, profile, range) in checks)
        {
            if (element.Attribute(Slr + name) is { } attribute && !(range ? IsRange(attribute.Value) : attribute.Value.Length == 0 || IsInteger(attribute.Value)))
            {
                faults.Report(attribute, $"{Xliff2Document.Describe(element)} has slr:{name}=\"{attribute.Value}\", but under the profile {profile} it must be "
                    + (range ? "\"[minsize,]maxsize\" with integer sizes (the maximum may be *)." : "an integer."));
            }
        }
    }

    private static bool IsRange(string value)
    {
        var parts = value.Split(',');
        return parts.Length switch
        {
            1 => IsMaximum(parts[0]),
            2 => IsInteger(parts[0]) && IsMaximum(parts[1]),
            _ => false,
        };
    }

    private static bool IsMaximum(string value) => value.Trim() == "*" || IsInteger(value);

    private static bool IsInteger(string value)
    {
        var digits = value.Trim().TrimStart('+', '-');
        return digits.Length > 0 && digits.Length >= value.Trim().Length - 1 && digits.All(char.IsAsciiDigit);
    }
}
