using System.Globalization;
using System.Text.RegularExpressions;
using CarePages.Core.Text;

namespace CarePages.Core.Checks.Engine;

/// <summary>Whether a culture name can be checked: well-formed, and known to this machine's culture data.</summary>
public static partial class CultureSupport
{
    private static readonly CultureMemo<CultureStatus> Statuses = new(LooksUp);

    /// <summary>Classifies <paramref name="culture"/>.</summary>
    public static CultureStatus Classify(string? culture) =>
        string.IsNullOrWhiteSpace(culture) || !WellFormed().IsMatch(culture) ? CultureStatus.Invalid : Statuses.Get(culture);

    private static CultureStatus LooksUp(string culture)
    {
        try
        {
            CultureInfo.GetCultureInfo(culture, predefinedOnly: true);
            return CultureStatus.Supported;
        }
        catch (CultureNotFoundException)
        {
            return CultureStatus.Unsupported;
        }
    }

    // BCP 47 shape: a 2–3 letter language, then subtags of 1–8 letters or digits.
    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$", RegexOptions.CultureInvariant)]
    private static partial Regex WellFormed();
}
