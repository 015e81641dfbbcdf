using Umbraco.Cms.Core.Models.PublishedContent;
using Umbraco.Cms.Core.Services;

namespace CarePages.Umbraco.Harness.StandIns;

/// <summary>Stands in for Infrastructure's reserved names: the member names of the published content model.</summary>
public sealed class ReservedFieldNamesService : IReservedFieldNamesService
{
    private static readonly HashSet<string> Names = new(
        typeof(IPublishedContent).GetProperties().Select(p => p.Name)
            .Concat(typeof(IPublishedContent).GetInterfaces().SelectMany(i => i.GetProperties()).Select(p => p.Name)),
        StringComparer.OrdinalIgnoreCase);

    public ISet<string> GetDocumentReservedFieldNames() => new HashSet<string>(Names, StringComparer.OrdinalIgnoreCase);

    public ISet<string> GetMediaReservedFieldNames() => GetDocumentReservedFieldNames();

    public ISet<string> GetMemberReservedFieldNames() => GetDocumentReservedFieldNames();
}
