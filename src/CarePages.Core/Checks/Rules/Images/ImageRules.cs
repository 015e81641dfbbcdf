namespace CarePages.Core.Checks.Rules.Images;

/// <summary>The built-in image rules.</summary>
public static class ImageRules
{
    /// <summary>New instances of every rule in this group, in the order they run.</summary>
    public static IEnumerable<ICheckRule> Create() =>
        [
            new ImageAltMissingRule(),
            new ImageEmptyAltNotDecorativeRule(),
            new ImageAltFilenameRule(),
            new ImageAltPlaceholderRule(),
            new ImageAltTooLongRule(),
        ];
}
