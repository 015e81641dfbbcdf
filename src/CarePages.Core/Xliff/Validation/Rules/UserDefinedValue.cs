using System.Text.RegularExpressions;

namespace CarePages.Core.Xliff.Validation.Rules;

/// <summary>The <c>prefix:value</c> form of XLIFF 2.x user-defined values (<c>subState</c>, <c>subType</c>).</summary>
internal static partial class UserDefinedValue
{
    /// <summary>True when <paramref name="value"/> is <c>prefix:value</c>, neither part empty or holding a colon or space.</summary>
    public static bool IsWellFormed(string value) => Form().IsMatch(value);

    [GeneratedRegex(@"^[^\s:]+:[^\s:]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Form();
}
