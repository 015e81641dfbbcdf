using CarePages.Core.Documents;
using CarePages.Core.Schema;

namespace CarePages.Core.Tests.Checks.Rules.Text;

/// <summary>A treatment overview in en-GB with a single field, for rules that run on text fields.</summary>
internal static class OneFieldDocument
{
    public static CultureDocument With(string alias, FieldKind kind, string text) => new()
    {
        Key = Guid.NewGuid(),
        ContentTypeAlias = "treatmentOverview",
        Culture = "en-GB",
        Name = "Ketamine",
        Fields = [new DocumentField { Alias = alias, Kind = kind, Text = text }],
    };
}
