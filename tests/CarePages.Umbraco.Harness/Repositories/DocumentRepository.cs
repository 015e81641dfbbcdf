using CarePages.Umbraco.Harness.Data;
using CarePages.Umbraco.Harness.Scoping;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Persistence.Querying;
using Umbraco.Cms.Core.Services;
using Umbraco.Extensions;

namespace CarePages.Umbraco.Harness.Repositories;

/// <summary>
/// Umbraco's documents with their versions, as Infrastructure's <c>DocumentRepository</c> persists them: a save
/// bumps the draft version; a save while publishing keeps the published values as the published version, starts a new
/// draft version and flips <c>Published</c>; <c>Edited</c> and the edited cultures are worked out from the values
/// (an edited invariant value marks the default culture edited) and the names, as the repository's property factory does.
/// </summary>
public sealed class DocumentRepository : NodeRepository<IContent>
{
    private readonly LanguageRepository _languages;
    private int _nextVersionId = 1;

    public DocumentRepository(NodeIndex nodes, LanguageRepository languages)
        : base(nodes, "umbracoDocument", UmbracoObjectTypes.Document)
    {
        _languages = languages;
    }

    public IEnumerable<IContent> GetPage(IQuery<IContent>? query, long pageIndex, int pageSize, out long totalRecords, IQuery<IContent>? filter, Ordering? ordering)
    {
        var matches = filter.Apply(query.Apply(All())).OrderBy(c => c.Level).ThenBy(c => c.SortOrder).ToArray();
        totalRecords = matches.Length;
        return matches.Skip((int)(pageIndex * pageSize)).Take(pageSize).ToArray();
    }

    public int CountChildren(int parentId, string? contentTypeAlias) =>
        All().Count(c => c.ParentId == parentId && (contentTypeAlias is null || c.ContentType.Alias == contentTypeAlias));

    public ContentScheduleCollection GetContentSchedule(int contentId) => new();

    public void PersistContentSchedule(IContent content, ContentScheduleCollection schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        if (schedule.FullSchedule.Count > 0)
        {
            throw new NotSupportedException("Scheduled publishing is not implemented by the CarePages Umbraco harness.");
        }
    }

    public bool IsPathPublished(IContent? content)
    {
        if (content is null || content.Trashed)
        {
            return false;
        }

        return content.Path.Split(',').Skip(1).Select(int.Parse).All(id => id == content.Id ? content.Published : Get(id)?.Published == true);
    }

    /// <summary>Whether documents of a content type exist.</summary>
    internal bool HasDocumentsOfType(int contentTypeId) => All().Any(c => c.ContentTypeId == contentTypeId);

    /// <inheritdoc />
    protected override void BeforeStore(IContent entity, bool isNew)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var publishing = entity.PublishedState == PublishedState.Publishing;
        var unpublishing = entity.PublishedState == PublishedState.Unpublishing;
        if (isNew || entity.VersionId == 0)
        {
            entity.VersionId = Interlocked.Increment(ref _nextVersionId);
        }

        if (publishing)
        {
            entity.PublishedVersionId = entity.VersionId;
            entity.VersionId = Interlocked.Increment(ref _nextVersionId);
        }

        var (edited, editedCultures) = Differences(entity);
        if (!publishing && entity.PublishName != entity.Name)
        {
            edited = true;
        }

        if (entity.ContentType.VariesByCulture())
        {
            if (publishing)
            {
                entity.AdjustDates(entity.UpdateDate, publishing);
            }

            foreach (var cultureInfo in entity.CultureInfos ?? new ContentCultureInfosCollection())
            {
                if (cultureInfo.Name != entity.GetPublishName(cultureInfo.Culture))
                {
                    edited = true;
                    editedCultures.Add(cultureInfo.Culture);
                }
            }
        }

        entity.SetCultureEdited(editedCultures);
        var published = publishing || (!unpublishing && entity.Published);
        entity.Edited = !published || edited;
        if (publishing)
        {
            entity.Published = true;
            entity.PublishTemplateId = entity.TemplateId;
            entity.PublisherId = entity.WriterId;
            entity.PublishName = entity.Name;
            entity.PublishDate = entity.UpdateDate;
        }
        else if (unpublishing)
        {
            entity.Published = false;
            entity.PublishTemplateId = null;
            entity.PublisherId = null;
            entity.PublishName = null;
            entity.PublishDate = null;
        }
    }

    private (bool Edited, HashSet<string> Cultures) Differences(IContent entity)
    {
        var edited = false;
        var cultures = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var variesByCulture = entity.ContentType.VariesByCulture();
        foreach (var value in entity.Properties.SelectMany(p => p.Values))
        {
            if (Equals(value.EditedValue, value.PublishedValue))
            {
                continue;
            }

            edited = true;
            if (!variesByCulture)
            {
                continue;
            }

            cultures.Add(value.Culture ?? _languages.GetDefaultIsoCode());
        }

        return (edited, cultures);
    }
}
