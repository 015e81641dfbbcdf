namespace CarePages.Core.Xliff.Validation.Rules;

/// <summary>
/// A code with <c>subType</c> also has <c>type</c>; <c>subType</c> is <c>prefix:value</c>, and the reserved <c>xlf:</c>
/// values go with their type: <c>xlf:lb</c>, <c>xlf:pb</c>, <c>xlf:b</c>, <c>xlf:i</c>, <c>xlf:u</c> with <c>fmt</c>, <c>xlf:var</c> with <c>ui</c>.
/// </summary>
internal sealed class SubTypeRule : IXliff2Rule
{
    private static readonly Dictionary<string, string> Reserved = new(StringComparer.Ordinal)
    {
        ["xlf:lb"] = "fmt", ["xlf:pb"] = "fmt", ["xlf:b"] = "fmt", ["xlf:i"] = "fmt", ["xlf:u"] = "fmt", ["xlf:var"] = "ui",
    };

    /// <inheritdoc />
    public string Code => "subtype";

    /// <inheritdoc />
    public void Check(Xliff2Document document, Xliff2FaultCollector faults)
    {
        foreach (var code in document.Attributes("subType").Select(a => a.Parent!).Where(document.IsCore))
        {
            var subType = Xliff2Document.Value(code, "subType")!;
            var type = Xliff2Document.Value(code, "type");
            var name = Xliff2Document.Describe(code);
            if (type is null)
            {
                faults.Report(code, $"{name} has subType=\"{subType}\" but no type; subType refines an explicit type.");
            }
            else if (!UserDefinedValue.IsWellFormed(subType))
            {
                faults.Report(code, $"{name} has subType=\"{subType}\", which is not written prefix:value.");
            }
            else if (subType.StartsWith("xlf:", StringComparison.Ordinal))
            {
                if (!Reserved.TryGetValue(subType, out var expected))
                {
                    faults.Report(code, $"{name} has subType=\"{subType}\"; the xlf: prefix is reserved for xlf:lb, xlf:pb, xlf:b, xlf:i, xlf:u and xlf:var.");
                }
                else if (expected != type)
                {
                    faults.Report(code, $"{name} has subType=\"{subType}\" with type=\"{type}\"; {subType} needs type=\"{expected}\".");
                }
            }
        }
    }
}
