namespace CarePages.Core.Xliff.Validation.Rules;

/// <summary>
/// An XLIFF 2.x fragment identifier (<c>#/f=f1/u=1/n=n1</c>, <c>#n=n1</c>, <c>#m1</c>) split into its parts, with the
/// syntax fault if it has one: known prefixes only (one-letter ones are core's), <c>f</c> before <c>g</c> before
/// <c>u</c> before one leaf, no prefix but <c>g</c> twice, and a bare id only as the last part.
/// </summary>
internal sealed class FragmentIdentifier
{
    private static readonly Dictionary<string, int> CoreLevels = new(StringComparer.Ordinal)
    {
        ["f"] = 0, ["g"] = 1, ["u"] = 2, ["n"] = 3, ["d"] = 3, ["t"] = 3,
    };

    private static readonly HashSet<string> ModulePrefixes = new(StringComparer.Ordinal)
    {
        "ctr", "gls", "mtc", "mda", "res", "slr", "val", "its", "pgs",
    };

    /// <summary>
    /// Extension prefixes registered with the XLIFF TC, accepted without configuration. The core specification
    /// (XLIFF 2.1 and 2.2 Part 1, "Fragment Identification", Constraints) says an extension's prefix must be
    /// registered with the TC, which keeps the registry of fragment identification prefixes (linked from that section);
    /// its one entry is <c>tbx</c>, for TBX (ISO 30042) term entries embedded in a file, the prefix the OASIS test suite's
    /// <c>withTBXExtension.xlf</c> uses. <see cref="XliffValidationOptions.FragmentPrefixes"/> adds others.
    /// </summary>
    public static readonly IReadOnlySet<string> RegisteredPrefixes = new HashSet<string>(StringComparer.Ordinal) { "tbx" };

    private FragmentIdentifier(IReadOnlyList<(string? Prefix, string Id)> parts, string? fault)
    {
        Parts = parts;
        Fault = fault;
    }

    /// <summary>The parts in order; a bare id has a null prefix.</summary>
    public IReadOnlyList<(string? Prefix, string Id)> Parts { get; }

    /// <summary>What is wrong with the syntax; null when well-formed.</summary>
    public string? Fault { get; }

    /// <summary>The id of the part with <paramref name="prefix"/>, or null.</summary>
    public string? IdOf(string prefix) => Parts.FirstOrDefault(p => p.Prefix == prefix).Id;

    /// <summary>Parses <paramref name="reference"/>, which starts with <c>#</c>; <paramref name="extensionPrefixes"/> are registered too.</summary>
    public static FragmentIdentifier Parse(string reference, IReadOnlySet<string> extensionPrefixes)
    {
        var body = reference[1..];
        var absolute = body.StartsWith('/');
        var raw = (absolute ? body[1..] : body).Split('/');
        var parts = new List<(string? Prefix, string Id)>();
        foreach (var part in raw)
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            parts.Add(equals < 0 ? (null, part) : (part[..equals], part[(equals + 1)..]));
        }

        return new FragmentIdentifier(parts, FindFault(parts, absolute, extensionPrefixes));
    }

    private static string? FindFault(List<(string? Prefix, string Id)> parts, bool absolute, IReadOnlySet<string> extensionPrefixes)
    {
        if (parts.Any(p => p.Id.Length == 0 || p.Prefix?.Length == 0))
        {
            return "a part has an empty prefix or id";
        }

        if (parts.Where(p => p.Prefix is not null and not "g").GroupBy(p => p.Prefix).FirstOrDefault(g => g.Count() > 1) is { } repeated)
        {
            return $"the prefix \"{repeated.Key}\" appears twice";
        }

        var level = -1;
        for (var i = 0; i < parts.Count; i++)
        {
            var (prefix, _) = parts[i];
            var last = i == parts.Count - 1;
            int partLevel;
            if (prefix is null)
            {
                if (!last)
                {
                    return $"\"{parts[i].Id}\" has no prefix, and only the last part may be a bare id";
                }

                partLevel = 3;
            }
            else if (CoreLevels.TryGetValue(prefix, out var coreLevel))
            {
                partLevel = coreLevel;
            }
            else if (prefix.Length == 1)
            {
                return $"the prefix \"{prefix}\" is too short: one-letter prefixes are reserved for the core (f, g, u, n, d, t)";
            }
            else if (ModulePrefixes.Contains(prefix) || RegisteredPrefixes.Contains(prefix) || extensionPrefixes.Contains(prefix))
            {
                partLevel = 3;
            }
            else
            {
                return $"the prefix \"{prefix}\" is neither a core, module nor registered extension prefix (built in: {string.Join(", ", RegisteredPrefixes)}; others can be added as extra prefixes)";
            }

            if (partLevel < level || (partLevel == level && prefix != "g"))
            {
                return $"\"{prefix ?? parts[i].Id}\" is out of order: file (f), then groups (g), then unit (u), then one note, data, inline or module part";
            }

            if (partLevel == 3 && !last)
            {
                return $"\"{prefix}={parts[i].Id}\" must be the last part";
            }

            level = partLevel;
        }

        return absolute && parts[0].Prefix != "f" ? "an identifier starting with '/' must start with the file (f=)" : null;
    }
}
