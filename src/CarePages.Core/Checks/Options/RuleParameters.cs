using System.Globalization;

namespace CarePages.Core.Checks.Options;

/// <summary>A rule's parameters after defaults and settings were merged. Reading an undeclared name is a programming error.</summary>
public sealed class RuleParameters
{
    private readonly IReadOnlyDictionary<string, string> _values;

    /// <summary>Creates the parameters from merged values.</summary>
    public RuleParameters(IReadOnlyDictionary<string, string> values) => _values = values;

    /// <summary>The raw value of <paramref name="name"/>.</summary>
    public string GetString(string name) =>
        _values.TryGetValue(name, out var value)
            ? value
            : throw new KeyNotFoundException($"The rule declares no parameter '{name}'.");

    /// <summary>The value of <paramref name="name"/> as an integer.</summary>
    public int GetInt(string name) => int.Parse(GetString(name), NumberStyles.Integer, CultureInfo.InvariantCulture);

    /// <summary>The value of <paramref name="name"/> as a number.</summary>
    public double GetDouble(string name) => double.Parse(GetString(name), NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>The value of <paramref name="name"/> as a comma-separated list, trimmed, empty entries dropped.</summary>
    public IReadOnlyList<string> GetList(string name) =>
        GetString(name).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
