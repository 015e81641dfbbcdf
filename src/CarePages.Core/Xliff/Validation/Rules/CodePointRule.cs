using System.Globalization;

namespace CarePages.Core.Xliff.Validation.Rules;

/// <summary><c>&lt;cp hex&gt;</c> stands for a Unicode code point that XML cannot hold; a character XML allows is written as itself.</summary>
internal sealed class CodePointRule : IXliff2Rule
{
    /// <inheritdoc />
    public string Code => "cp";

    /// <inheritdoc />
    public void Check(Xliff2Document document, Xliff2FaultCollector faults)
    {
        foreach (var cp in document.All("cp"))
        {
            var hex = Xliff2Document.Value(cp, "hex") ?? string.Empty;
            if (!int.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value) || value > 0x10FFFF)
            {
                faults.Report(cp, $"<cp hex=\"{hex}\"> is not a Unicode code point (0000 to 10FFFF).");
            }
            else if (IsXmlCharacter(value))
            {
                faults.Report(cp, $"<cp hex=\"{hex}\"> stands for U+{value:X4}, which XML allows: write the character itself; <cp> is for characters XML cannot hold.");
            }
        }
    }

    private static bool IsXmlCharacter(int value) =>
        value is 0x9 or 0xA or 0xD or (>= 0x20 and <= 0xD7FF) or (>= 0xE000 and <= 0xFFFD) or (>= 0x10000 and <= 0x10FFFF);
}
