using CarePages.Core.Documents;

namespace CarePages.Core.SampleContent;

/// <summary>
/// The sample clinic built from the ketamine protocols article: one treatment overview, two routes,
/// three conditions and a booking call-out, in en-GB (source), es-ES and ar. One JSON file per node,
/// in Umbraco's Management API document request shape, embedded in this assembly.
/// </summary>
public static class SampleClinic
{
    private const string ResourcePrefix = "CarePages.SampleContent.Clinic.";

    /// <summary>The source culture of the sample content.</summary>
    public const string SourceCulture = "en-GB";

    /// <summary>Every culture the sample content is written in.</summary>
    public static IReadOnlyList<string> Cultures { get; } = ["en-GB", "es-ES", "ar"];

    /// <summary>The documents, parents before children, in file-name order.</summary>
    public static IReadOnlyList<MultiCultureDocument> Documents { get; } = Load();

    private static MultiCultureDocument[] Load()
    {
        var assembly = typeof(SampleClinic).Assembly;
        var documents = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name =>
            {
                using var stream = assembly.GetManifestResourceStream(name)!;
                using var reader = new StreamReader(stream);
                return MultiCultureDocumentJson.Parse(reader.ReadToEnd(), name[ResourcePrefix.Length..]);
            })
            .ToList();
        return ParentsFirst(documents);
    }

    private static MultiCultureDocument[] ParentsFirst(List<MultiCultureDocument> documents)
    {
        var ordered = new List<MultiCultureDocument>();
        var placed = new HashSet<Guid>();
        while (documents.Count > 0)
        {
            var ready = documents.Where(d => d.Parent is null || placed.Contains(d.Parent.Id) || documents.All(o => o.Id != d.Parent.Id)).ToList();
            if (ready.Count == 0)
            {
                throw new DocumentShapeException("Sample content: documents are their own ancestors.");
            }

            ordered.AddRange(ready);
            placed.UnionWith(ready.Select(d => d.Id));
            documents.RemoveAll(ready.Contains);
        }

        return ordered.ToArray();
    }
}
