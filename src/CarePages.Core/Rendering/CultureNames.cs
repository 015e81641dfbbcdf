using System.Globalization;

namespace CarePages.Core.Rendering;

/// <summary>Names of languages as their speakers write them, for language switchers.</summary>
public static class CultureNames
{
    /// <summary>The culture's name in its own language with a capital first letter, e.g. "Español (España)"; the code when unknown.</summary>
    public static string Native(string culture)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(culture);
        try
        {
            var info = CultureInfo.GetCultureInfo(culture);
            var name = info.NativeName;
            return string.IsNullOrEmpty(name) || info.Name.Length == 0
                ? culture
                : char.ToUpper(name[0], info) + name[1..];
        }
        catch (CultureNotFoundException)
        {
            return culture;
        }
    }
}
