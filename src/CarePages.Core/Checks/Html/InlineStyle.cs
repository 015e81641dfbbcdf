namespace CarePages.Core.Checks.Html;

/// <summary>The declarations of a <c>style</c> attribute: property (lower case) → value and whether it is <c>!important</c>.</summary>
public sealed class InlineStyle
{
    private readonly Dictionary<string, (string Value, bool Important)> _declarations;

    private InlineStyle(Dictionary<string, (string Value, bool Important)> declarations) => _declarations = declarations;

    /// <summary>Parses a <c>style</c> attribute value; later declarations win, unless an earlier one is <c>!important</c>.</summary>
    public static InlineStyle Parse(string style)
    {
        var declarations = new Dictionary<string, (string Value, bool Important)>(StringComparer.OrdinalIgnoreCase);
        foreach (var declaration in style.Split(';'))
        {
            var colon = declaration.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            var property = declaration[..colon].Trim().ToLowerInvariant();
            var value = declaration[(colon + 1)..].Trim();
            // CSS allows white space (and comments, not handled) between "!" and "important".
            var bang = value.LastIndexOf('!');
            var important = bang >= 0 && value[(bang + 1)..].Trim().Equals("important", StringComparison.OrdinalIgnoreCase);
            if (important)
            {
                value = value[..bang].TrimEnd();
            }

            if (property.Length > 0 && value.Length > 0
                && !(declarations.TryGetValue(property, out var existing) && existing.Important && !important))
            {
                declarations[property] = (value, important);
            }
        }

        return new InlineStyle(declarations);
    }

    /// <summary>The value of <paramref name="property"/>, or null.</summary>
    public string? this[string property] => _declarations.TryGetValue(property, out var d) ? d.Value : null;

    /// <summary>True when <paramref name="property"/> is declared <c>!important</c>.</summary>
    public bool IsImportant(string property) => _declarations.TryGetValue(property, out var d) && d.Important;

    /// <summary>True when <paramref name="property"/> has exactly <paramref name="value"/> (case-insensitive).</summary>
    public bool Is(string property, string value) => string.Equals(this[property], value, StringComparison.OrdinalIgnoreCase);
}
