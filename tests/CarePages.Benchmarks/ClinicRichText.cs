using System.Globalization;
using System.Net;
using System.Text;
using CarePages.Core.Documents;
using CarePages.Core.SampleContent;
using CarePages.Core.Schema;
using CarePages.Core.Schema.ContentTypes;

namespace CarePages.Benchmarks;

/// <summary>
/// About 50 KB of clinic rich text, built deterministically from the sample clinic's en-GB documents:
/// headings, paragraphs, lists, a table, internal, PDF and tel: links, images with alt text, and a few
/// deliberate defects so that the rules have something to report.
/// </summary>
public static class ClinicRichText
{
    /// <summary>The size the field is built up to, in UTF-8 bytes (it stops at the last block that fits).</summary>
    public const int TargetBytes = 50 * 1024;

    /// <summary>The culture of the content.</summary>
    public const string Culture = SampleClinic.SourceCulture;

    // Deliberate defects, one per section in turn: what editors really paste into rich text.
    private static readonly string[] Defects =
    [
        "<p><img src=\"/media/clinic/nasal-spray-device.jpg\" width=\"480\" height=\"320\"></p>",
        "<p>For the full aftercare leaflet, <a href=\"/media/leaflets/aftercare.pdf\">click here</a>.</p>",
        "<h5>Parking at the clinic</h5><p>There are four blue-badge spaces beside the main entrance.</p>",
        "<p>Questions about your appointment? <a href=\"/contact\"></a></p>",
        "<p>If you feel unwell after going home, ring 020 7946 0123 or <a href=\"tel:020 7946 0123\">020 7946 0123</a>.</p>",
        "<p><strong>Before your appointment</strong></p><p>Eat a light meal no later than two hours before you come in.</p>",
        "<table><tr><td>Day</td><td>Clinic hours</td></tr><tr><td>Monday</td><td>8am to 6pm</td></tr><tr><td>Saturday</td><td>9am to 1pm</td></tr></table>",
        "<p>Read the <a href=\"https://www.example.org/long-term-pain\" target=\"_blank\">national guidance on long-term pain</a>.</p>",
        "<p><img src=\"/media/clinic/IMG_2041.jpg\" alt=\"IMG_2041.jpg\" width=\"640\" height=\"427\"></p>",
        "<p>DO NOT DRIVE, CYCLE OR USE MACHINES FOR 24 HOURS AFTER YOUR TREATMENT.</p>",
        "<p>- Bring a list of the medicines you take</p><p>- Bring someone who can take you home</p><p>- Wear loose, comfortable clothes</p>",
        "<h3></h3><p>&nbsp;</p>",
        "<p>If you have any questions about your treatment, or if you notice any side effects that worry you, or if you are not sure whether you should take your usual medicines on the morning of your appointment, or if you need to change the date of your appointment for any reason at all, please do not hesitate to contact the clinic team, who will be happy to help you with whatever you need and will usually be able to answer your question on the same day.</p>",
        "<p>Take paracetamol 1 g QDS PRN and ibuprofen 400 mg TDS with food.</p>",
    ];

    // Alt texts for the one illustration per sample document, by the document's slug.
    private static readonly Dictionary<string, string> Illustrations = new(StringComparer.Ordinal)
    {
        ["ketamine-for-hard-to-treat-pain"] = "A pain specialist talking with a patient in a quiet consulting room",
        ["complex-regional-pain-syndrome-crps"] = "A swollen, reddened hand, a common sign of complex regional pain syndrome",
        ["neuropathic-pain"] = "A drawing of the nerves in the feet and legs",
        ["chronic-migraine"] = "A person resting in a darkened room with a hand on their forehead",
        ["intranasal-ketamine"] = "A patient holding a nasal spray device while a nurse watches",
        ["intramuscular-ketamine"] = "A nurse giving an injection into the upper arm",
    };

    /// <summary>The rich-text field's HTML, as an editor would save it.</summary>
    public static string Html { get; } = Build();

    /// <summary>The same content as a whole page (doctype, <c>lang</c>, title, <c>main</c>), for axe-core.</summary>
    public static string Page { get; } =
        "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<title>Ketamine treatment for long-term pain - Example Pain Clinic</title>\n</head>\n<body>\n"
        + "<header><p><a href=\"/\">Example Pain Clinic</a></p></header>\n"
        + "<main>\n<h1>Ketamine treatment for long-term pain</h1>\n" + Html + "\n</main>\n"
        + "<footer><p>Example Pain Clinic, 1 Example Street, London</p></footer>\n</body>\n</html>\n";

    private static string Build()
    {
        var documents = SampleClinic.Documents.Select(d => CultureDocumentFactory.Create(d, Culture)).ToArray();
        var html = new StringBuilder(TargetBytes + 1024);
        var bytes = 0;
        var defect = 0;
        for (var round = 0; ; round++)
        {
            var blocks = new List<string>();
            for (var i = 0; i < documents.Length; i++)
            {
                blocks.AddRange(Section(documents, i, round));
                blocks.Add(Defects[defect++ % Defects.Length]);
            }

            blocks.Add(RouteTable(documents));
            foreach (var block in blocks)
            {
                var size = Encoding.UTF8.GetByteCount(block) + 1;
                if (bytes + size > TargetBytes)
                {
                    return html.ToString();
                }

                html.Append(block).Append('\n');
                bytes += size;
            }
        }
    }

    private static IEnumerable<string> Section(CultureDocument[] documents, int index, int round)
    {
        var document = documents[index];
        var slug = Slug(document.Name);
        var next = documents[(index + 1) % documents.Length];
        var title = round == 0 ? document.Name : document.Name + ": questions patients ask";
        yield return $"<h2 id=\"{slug}-{round}\">{Encode(title)}</h2>";
        if (document.Text(PageBasicsComposition.Summary) is { } summary)
        {
            yield return $"<p>{Encode(summary)}</p>";
        }

        yield return $"<p><img src=\"/media/clinic/{slug}.jpg\" alt=\"{Encode(Illustrations.GetValueOrDefault(slug, document.Name))}\" width=\"640\" height=\"360\"></p>";
        var type = CarePagesSchema.FindContentType(document.ContentTypeAlias)!;
        foreach (var property in CarePagesSchema.AllProperties(type))
        {
            var field = document.Field(property.Alias);
            if (field is null || field.IsEmpty)
            {
                continue;
            }

            if (field.Kind == FieldKind.RichText)
            {
                yield return field.Text!.StartsWith("<h", StringComparison.Ordinal)
                    ? field.Text
                    : $"<h3>{Encode(property.Name)}</h3>{field.Text}";
            }
            else if (field.Kind == FieldKind.Blocks)
            {
                yield return Blocks(property.Name, field);
            }
        }

        yield return $"<p>Read next: <a href=\"/treatments/{Slug(next.Name)}\">{Encode(next.Name)}</a>. "
            + $"Print or save the <a href=\"/media/leaflets/{slug}.pdf\">{Encode(document.Name)} leaflet (PDF, {180 + (index * 20)} KB)</a>.</p>";
    }

    private static string Blocks(string name, DocumentField field)
    {
        var benefits = field.Elements.Where(e => e.ContentTypeAlias == BenefitElementType.Alias)
            .Select(e => $"<li><strong>{Encode(e.Field(BenefitElementType.Title)?.Text ?? string.Empty)}</strong>: {Encode(e.Field(BenefitElementType.Text)?.Text ?? string.Empty)}</li>")
            .ToList();
        var callouts = field.Elements.Where(e => e.ContentTypeAlias == BookingCalloutElementType.Alias).Select(BookingCallout);
        var list = benefits.Count == 0 ? string.Empty : $"<h3>{Encode(name)}</h3><ul>{string.Concat(benefits)}</ul>";
        return list + string.Concat(callouts);
    }

    private static string BookingCallout(DocumentElement callout)
    {
        string Text(string alias) => Encode(callout.Field(alias)?.Text ?? string.Empty);
        var hours = (callout.Field(BookingCalloutElementType.OpeningHours)?.Text ?? string.Empty).Split('\n').Select(Encode);
        return $"<h3>{Text(BookingCalloutElementType.Heading)}</h3><p>{Text(BookingCalloutElementType.Text)}</p>"
            + $"<p>Call <a href=\"tel:{Text(BookingCalloutElementType.PhoneNumber)}\">{Text(BookingCalloutElementType.PhoneLabel)}</a>.<br>{string.Join("<br>", hours)}</p>"
            + $"<p>{Text(BookingCalloutElementType.AccessNote)}</p>"
            + $"<p><a href=\"{Text(BookingCalloutElementType.BookingUrl)}\">{Text(BookingCalloutElementType.ButtonText)}</a></p>";
    }

    private static string RouteTable(CultureDocument[] documents)
    {
        var html = new StringBuilder("<table><caption>Ways to have ketamine at the clinic</caption><thead><tr>"
            + "<th scope=\"col\">Treatment</th><th scope=\"col\">Who gives it</th><th scope=\"col\">Typical onset</th><th scope=\"col\">Where</th>"
            + "</tr></thead><tbody>");
        foreach (var route in documents.Where(d => d.ContentTypeAlias == TreatmentRouteType.Alias))
        {
            html.Append("<tr><th scope=\"row\"><a href=\"/treatments/").Append(Slug(route.Name)).Append("\">").Append(Encode(route.Name)).Append("</a></th>")
                .Append("<td>").Append(Encode(route.Text(TreatmentRouteType.AdministeredBy) ?? string.Empty)).Append("</td>")
                .Append("<td>").Append(Encode(route.Text(TreatmentRouteType.TypicalOnset) ?? string.Empty)).Append("</td>")
                .Append("<td>").Append(Encode(string.Join(", ", route.Field(TreatmentRouteType.PlaceOfAdministration)?.Items ?? []))).Append("</td></tr>");
        }

        return html.Append("</tbody></table>").ToString();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static string Slug(string name)
    {
        var slug = new StringBuilder(name.Length);
        foreach (var c in name.ToLower(CultureInfo.InvariantCulture))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        return slug.ToString().TrimEnd('-');
    }
}
