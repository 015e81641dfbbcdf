using System.Text.Json;
using CarePages.Core.Documents;
using CarePages.Core.Schema.ContentTypes;

namespace CarePages.Core.Tests.Rendering;

/// <summary>Builds multi-culture documents (Umbraco's Management API shape) for rendering tests.</summary>
internal sealed class MultiCultureDocumentBuilder
{
    private readonly Guid _typeKey;
    private readonly List<DocumentVariant> _variants = [];
    private readonly List<DocumentValue> _values = [];
    private Guid _key = Guid.NewGuid();
    private Guid? _parent;

    private MultiCultureDocumentBuilder(Guid typeKey) => _typeKey = typeKey;

    public static MultiCultureDocumentBuilder Overview() => new(TreatmentOverviewType.Key);

    public static MultiCultureDocumentBuilder Route() => new(TreatmentRouteType.Key);

    public static MultiCultureDocumentBuilder Condition() => new(ConditionType.Key);

    public MultiCultureDocumentBuilder WithKey(Guid key)
    {
        _key = key;
        return this;
    }

    public MultiCultureDocumentBuilder Under(MultiCultureDocument parent)
    {
        _parent = parent.Id;
        return this;
    }

    public MultiCultureDocumentBuilder Named(string culture, string name)
    {
        _variants.Add(new DocumentVariant(culture, null, name));
        return this;
    }

    public MultiCultureDocumentBuilder With(string alias, string? culture, object value)
    {
        _values.Add(new DocumentValue(alias, culture, null, JsonSerializer.SerializeToElement(value)));
        return this;
    }

    public MultiCultureDocumentBuilder Picking(string alias, params MultiCultureDocument[] picked) =>
        With(alias, null, picked.Select(p => new { type = "document", unique = p.Id.ToString() }).ToArray());

    /// <summary>Adds a booking call-out block; <paramref name="headings"/> maps culture to heading.</summary>
    public MultiCultureDocumentBuilder WithCallout(string alias, string phoneNumber, IReadOnlyDictionary<string, string> headings, string? bookingUrl = null)
    {
        var key = Guid.NewGuid();
        var values = headings
            .Select(h => (object)new { alias = BookingCalloutElementType.Heading, culture = h.Key, segment = (string?)null, value = h.Value })
            .Append(new { alias = BookingCalloutElementType.PhoneNumber, culture = (string?)null, segment = (string?)null, value = phoneNumber });
        if (bookingUrl is not null)
        {
            values = values.Append(new { alias = BookingCalloutElementType.BookingUrl, culture = (string?)null, segment = (string?)null, value = bookingUrl });
        }

        return With(alias, null, new Dictionary<string, object>
        {
            ["layout"] = new Dictionary<string, object> { ["Umbraco.BlockList"] = new[] { new { contentKey = key } } },
            ["contentData"] = new[] { new { key, contentTypeKey = BookingCalloutElementType.Key, values = values.ToArray() } },
        });
    }

    public MultiCultureDocument Build() => new()
    {
        Id = _key,
        Parent = _parent is { } parent ? new ReferenceById(parent) : null,
        DocumentType = new ReferenceById(_typeKey),
        Values = _values.ToArray(),
        Variants = _variants.ToArray(),
    };
}
