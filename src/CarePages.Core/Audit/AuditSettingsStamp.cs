using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CarePages.Core.Checks;

namespace CarePages.Core.Audit;

/// <summary>
/// What besides content decides a check's findings: the rules and their settings, the source culture and the package's
/// version (a new version may check differently). Stored findings made under another stamp are all checked again.
/// </summary>
public static class AuditSettingsStamp
{
    // Raised when the stored form of findings changes, so that older rows are made again.
    private const int StoredFormat = 1;

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    /// <summary>The stamp of <paramref name="engine"/>'s rules and settings, translating from <paramref name="sourceCulture"/>.</summary>
    public static string Of(CheckEngine engine, string sourceCulture)
    {
        ArgumentNullException.ThrowIfNull(engine);
        var text = new StringBuilder()
            .Append(StoredFormat).Append('|')
            .Append(PackageVersion).Append('|')
            .Append(sourceCulture.ToUpperInvariant()).Append('|')
            .AppendJoin(',', engine.Rules.All.Select(r => r.Descriptor.Id).Order(StringComparer.Ordinal)).Append('|')
            .Append(JsonSerializer.Serialize(engine.Options, Json))
            .ToString();
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>The informational version of the package's core assembly.</summary>
    public static string PackageVersion { get; } =
        typeof(AuditSettingsStamp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0";
}
