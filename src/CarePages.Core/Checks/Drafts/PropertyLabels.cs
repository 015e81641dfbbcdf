using CarePages.Core.Documents;
using CarePages.Core.Schema;

namespace CarePages.Core.Checks.Drafts;

/// <summary>The labels editors see for the property paths findings name.</summary>
public static class PropertyLabels
{
    /// <summary>The separator between a block property's label and its field's label.</summary>
    public const string Separator = " › ";

    /// <summary>
    /// The label of <paramref name="property"/> in <paramref name="document"/>: the property's name from the schema, and
    /// for a field of a block (<c>bookingCallout.phoneNumber</c>, looked up in the document's blocks) the block property's name, then the field's. Null when
    /// the path is null or names a property the schema does not have.
    /// </summary>
    public static string? Of(CultureDocument document, string? property)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (string.IsNullOrEmpty(property))
        {
            return null;
        }

        var labels = new List<string>();
        IReadOnlyList<DocumentField> fields = document.Fields;
        IEnumerable<string> typeAliases = [document.ContentTypeAlias];
        foreach (var alias in property.Split('.'))
        {
            var definition = typeAliases.Select(Property(alias)).FirstOrDefault(p => p is not null);
            var field = fields.FirstOrDefault(f => f.Alias == alias);
            if (definition is null)
            {
                return null;
            }

            labels.Add(definition.Name);
            fields = field?.Elements.SelectMany(e => e.Fields).ToArray() ?? [];
            typeAliases = field?.Elements.Select(e => e.ContentTypeAlias).Distinct().ToArray() ?? [];
        }

        return string.Join(Separator, labels);
    }

    private static Func<string, PropertyDefinition?> Property(string alias) => typeAlias =>
        CarePagesSchema.FindContentType(typeAlias) is { } type
            ? CarePagesSchema.AllProperties(type).FirstOrDefault(p => p.Alias == alias)
            : null;
}
