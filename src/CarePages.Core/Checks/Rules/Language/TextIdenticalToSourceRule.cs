using AngleSharp.Dom;
using CarePages.Core.Checks.Html;
using CarePages.Core.Documents;
using CarePages.Core.Schema;
using CarePages.Core.Text;

namespace CarePages.Core.Checks.Rules.Language;

/// <summary>
/// Text left untranslated: a field that varies by culture and holds text (plain, multi-line or rich text, fields of blocks
/// included) whose text in this culture equals the source culture's text (whitespace collapsed, case ignored). In rich text, a
/// paragraph, heading, list item or cell equal to one of the source's is reported when the field as a whole differs. Texts shorter
/// than <c>minLength</c> characters, single words (brand and drug names, codes, URLs, e-mail addresses) and texts without letters
/// (numbers, phone numbers, dates) are allowed to be the same. Blocks are matched by their key, then by position. Nothing is
/// compared when there is no source document or it is in the same language.
/// </summary>
public sealed class TextIdenticalToSourceRule : IDocumentRule
{
    private static readonly HashSet<string> Passages = new(StringComparer.Ordinal)
    {
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th", "dt", "dd", "blockquote", "figcaption", "caption",
    };

    /// <inheritdoc />
    public CheckRuleDescriptor Descriptor { get; } = new()
    {
        Id = "text-identical-to-source",
        DefaultSeverity = FindingSeverity.Warn,
        Wcag = ["3.1.2"],
        Parameters = [new CheckParameter("minLength", "12", "Shortest text, in characters, that must differ from the source culture's; shorter ones may be names.")],
    };

    /// <inheritdoc />
    public void Check(DocumentContext context, FindingCollector findings)
    {
        if (context.Source is not { } source
            || string.Equals(CultureNames.LanguageOf(source.Culture), context.Language, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var position = 0;
        Compare(context, context.Document.Fields, source.Fields, prefix: null, findings.Parameters.GetInt("minLength"), findings, ref position);
    }

    private static void Compare(
        DocumentContext context, IReadOnlyList<DocumentField> fields, IReadOnlyList<DocumentField> sourceFields, string? prefix, int minLength, FindingCollector findings, ref int position)
    {
        foreach (var field in fields)
        {
            var property = prefix is null ? field.Alias : prefix + "." + field.Alias;
            if (sourceFields.FirstOrDefault(f => f.Alias == field.Alias && f.Kind == field.Kind) is not { } sourceField)
            {
                continue;
            }

            if (field.Kind == FieldKind.Blocks)
            {
                for (var i = 0; i < field.Elements.Count; i++)
                {
                    var element = field.Elements[i];
                    var sourceElement = sourceField.Elements.FirstOrDefault(e => e.Key == element.Key)
                        ?? (i < sourceField.Elements.Count && sourceField.Elements[i].ContentTypeAlias == element.ContentTypeAlias ? sourceField.Elements[i] : null);
                    if (sourceElement is not null)
                    {
                        Compare(context, element.Fields, sourceElement.Fields, property, minLength, findings, ref position);
                    }
                }

                continue;
            }

            if (!field.VariesByCulture || field.Kind is not (FieldKind.PlainText or FieldKind.MultilineText or FieldKind.RichText))
            {
                continue;
            }

            position++;
            var text = NormalisedText.Of(context.PlainText(field));
            if (NeedsTranslation(text, minLength) && string.Equals(text, NormalisedText.Of(context.PlainText(sourceField)), StringComparison.OrdinalIgnoreCase))
            {
                findings.Report(text, position, arguments: new Dictionary<string, string> { ["text"] = Snippets.Shorten(text, 80) }, property: property);
            }
            else if (field.Kind == FieldKind.RichText && context.Markup(field)?.Body is { } body && context.Markup(sourceField)?.Body is { } sourceBody)
            {
                var sourcePassages = PassagesOf(sourceBody).ToHashSet(StringComparer.OrdinalIgnoreCase);
                foreach (var passage in PassagesOf(body))
                {
                    if (NeedsTranslation(passage, minLength) && sourcePassages.Contains(passage))
                    {
                        findings.Report(passage, position, "passage", new Dictionary<string, string> { ["text"] = Snippets.Shorten(passage, 80) }, property);
                    }
                }
            }
        }
    }

    // The text of each innermost paragraph, heading, list item, cell or quote.
    private static IEnumerable<string> PassagesOf(IElement body)
    {
        foreach (var element in ElementIndex.Build(body).Elements)
        {
            if (Passages.Contains(element.LocalName) && !element.Children.Any(c => Passages.Contains(c.LocalName) || c.LocalName is "ul" or "ol" or "div" or "table"))
            {
                yield return NormalisedText.Of(HtmlText.Of(element));
            }
        }
    }

    // Long enough, more than one word, and has letters: names, codes, URLs and numbers may stay the same in every language.
    private static bool NeedsTranslation(string text, int minLength) =>
        text.Length >= minLength && text.Contains(' ', StringComparison.Ordinal) && text.Any(char.IsLetter);
}
