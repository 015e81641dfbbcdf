using CarePages.Core.Schema;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Services;

namespace CarePages.Umbraco.Documents;

/// <summary>Every CarePages document of the site that is not in the recycle bin, read page by page.</summary>
internal static class CarePagesContentList
{
    private const int PageSize = 500;

    public static IReadOnlyList<IContent> All(IContentService contentService, IContentTypeService contentTypeService, CancellationToken cancellationToken)
    {
        var typeIds = contentTypeService.GetAllContentTypeIds(CarePagesSchema.ContentTypes.Where(t => !t.IsElement).Select(t => t.Alias).ToArray()).ToArray();
        var content = new List<IContent>();
        if (typeIds.Length == 0)
        {
            return content;
        }

        long total;
        var page = 0L;
        do
        {
            cancellationToken.ThrowIfCancellationRequested();
            content.AddRange(contentService.GetPagedOfTypes(typeIds, page++, PageSize, out total, null, null).Where(c => !c.Trashed));
        }
        while (page * PageSize < total);
        return content;
    }
}
