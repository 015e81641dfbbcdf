namespace CarePages.Core.Xliff;

/// <summary>The XLIFF 2.x <c>type</c> and <c>subType</c> of an inline code, from its HTML element.</summary>
internal static class Xliff2CodeTypes
{
    /// <summary>The type (<c>fmt</c>, <c>link</c>, <c>image</c>, <c>other</c>) and, when one applies, the subType.</summary>
    public static (string Type, string? SubType) Of(InlineCode code)
    {
        var name = code.HtmlName;
        return name switch
        {
            "a" => ("link", null),
            "b" or "strong" => ("fmt", "xlf:b"),
            "i" or "em" => ("fmt", "xlf:i"),
            "u" => ("fmt", "xlf:u"),
            "br" => ("fmt", "xlf:lb"),
            "img" => ("image", null),
            _ when name.StartsWith('#') => ("other", null),
            _ => (code.IsPaired ? "fmt" : "other", "html:" + name.Replace(':', '-')),
        };
    }
}
