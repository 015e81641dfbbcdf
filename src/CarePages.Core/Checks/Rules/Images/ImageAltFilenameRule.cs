using System.Text.RegularExpressions;
using CarePages.Core.Checks.Html;

namespace CarePages.Core.Checks.Rules.Images;

/// <summary>
/// An image's text alternative that is a file name (<c>knee-xray.jpg</c>, camera and stock-photo names such as
/// <c>IMG_2041</c>, <c>DSC_0001</c>, <c>shutterstock_12345</c>, screenshots) or a web address tells patients nothing; media
/// pickers often fill it in this way. Warns, variant <c>url</c> for addresses. Language-neutral, so it needs no word list.
/// </summary>
public sealed partial class ImageAltFilenameRule : IMarkupRule
{
    /// <inheritdoc />
    public CheckRuleDescriptor Descriptor { get; } = new()
    {
        Id = "image-alt-filename",
        DefaultSeverity = FindingSeverity.Warn,
        Wcag = ["1.1.1"],
    };

    /// <inheritdoc />
    public CheckScope Scope => CheckScope.Markup;

    /// <inheritdoc />
    public void Check(MarkupContext context, FindingCollector findings)
    {
        foreach (var (image, text) in ImageAlternatives.Of(context))
        {
            var isAddress = Address().IsMatch(text);
            if (isAddress || FileName().IsMatch(text) || CameraName().IsMatch(text))
            {
                findings.Report(image, isAddress ? "url" : null, new Dictionary<string, string> { ["alt"] = Snippets.Shorten(text, 80) });
            }
        }
    }

    [GeneratedRegex(@"^(?:(?:https?|ftp|file):|//|www\.|data:)\S+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Address();

    // Ends in an image extension, optionally followed by a query string (…/knee.jpg?width=300).
    [GeneratedRegex(@"\.(?:jpe?g|jpe|jfif|png|gif|webp|avif|svg|bmp|tiff?|heic|heif|ico)(?:[?#]\S*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FileName();

    // Names cameras, phones, stock libraries and screenshot tools give files, at the start of the text.
    [GeneratedRegex(
        @"^(?:(?:IMG|_MG|DSC[FN]?|DCIM|PXL|MVIMG|GOPR|GH\d\d|DJI|SAM|WP|VID|PANO|image|imagen|bild|photo|foto|scan)[ _-]?\d{3,}"
        + @"|P\d{7}\b|\d{8}[ _-]\d{6}"
        + @"|(?:shutterstock|istock(?:photo)?|gettyimages|adobestock|depositphotos|dreamstime|123rf|freepik)[ _-]?\d"
        + @"|WhatsApp Image \d{4}-\d\d-\d\d"
        + @"|(?:Screenshot|Screen Shot|Captura de pantalla|Capture d['’]écran|Bildschirmfoto)[ _-]+\d{4})",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CameraName();
}
