namespace CarePages.Persistence.Mapping;

/// <summary>How culture names are keyed in the package's tables.</summary>
internal static class CultureKeys
{
    /// <summary>The culture as it is keyed: upper case, so that culture names match whatever their case.</summary>
    public static string Of(string culture) => culture.ToUpperInvariant();
}
