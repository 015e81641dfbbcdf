using System.ComponentModel.DataAnnotations;

namespace CarePages.Umbraco.Configuration;

/// <summary>One language under <c>CarePages:Install:Languages</c>.</summary>
public sealed class LanguageInstallOptions
{
    /// <summary>ISO code, e.g. <c>es-ES</c> or <c>ar</c>. Required.</summary>
    [Required]
    public string IsoCode { get; set; } = string.Empty;

    /// <summary>Name shown to editors. Default: .NET's English name of the culture.</summary>
    public string? CultureName { get; set; }

    /// <summary>Whether the language is the site's default. Default <c>false</c>.</summary>
    public bool IsDefault { get; set; }

    /// <summary>Whether content must be published in this language. Default <c>false</c>.</summary>
    public bool IsMandatory { get; set; }

    /// <summary>ISO code of the language to fall back to. Default: none.</summary>
    public string? FallbackIsoCode { get; set; }
}
