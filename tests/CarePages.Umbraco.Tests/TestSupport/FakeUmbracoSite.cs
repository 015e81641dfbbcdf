using CarePages.Umbraco.Configuration;
using CarePages.Umbraco.Harness;
using CarePages.Umbraco.Installation;
using Microsoft.Extensions.Options;
using Moq;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Models.ContentEditing;
using Umbraco.Cms.Core.Models.ContentTypeEditing;
using Umbraco.Cms.Core.PropertyEditors;
using Umbraco.Cms.Core.Services;
using Umbraco.Cms.Core.Services.ContentTypeEditing;
using Umbraco.Cms.Core.Services.OperationStatus;
using Umbraco.Cms.Core.Strings;

namespace CarePages.Umbraco.Tests.TestSupport;

/// <summary>
/// The Umbraco services the installer talks to, as test doubles over real Umbraco model objects:
/// whatever the installer saves ends up here as a real <see cref="DataType"/>, <see cref="ContentType"/>,
/// <see cref="Language"/> or <see cref="Template"/>.
/// </summary>
internal sealed class FakeUmbracoSite
{
    private int _nextId = 1000;

    public FakeUmbracoSite()
    {
        ShortStringHelper = ContentTypeFromModel.CreateShortStringHelper();
        PropertyEditors = new PropertyEditorCollection(new DataEditorCollection(() => EditorAliases.Select(Editor).ToArray()));
        foreach (var builtIn in new[] { Constants.DataTypes.Guids.TextstringGuid, Constants.DataTypes.Guids.TextareaGuid, Constants.DataTypes.Guids.DatePickerGuid })
        {
            var alias = builtIn == Constants.DataTypes.Guids.TextareaGuid ? "Umbraco.TextArea" : builtIn == Constants.DataTypes.Guids.DatePickerGuid ? "Umbraco.DateTime" : "Umbraco.TextBox";
            DataTypes[builtIn] = new DataType(Editor(alias), Serializer) { Key = builtIn, Id = _nextId++, Name = alias };
        }
    }

    public static IReadOnlyList<string> EditorAliases { get; } =
        ["Umbraco.TextBox", "Umbraco.TextArea", "Umbraco.RichText", "Umbraco.DropDown.Flexible", "Umbraco.CheckBoxList", "Umbraco.MultiNodeTreePicker", "Umbraco.BlockList", "Umbraco.SingleBlock", "Umbraco.DateTime"];

    public IShortStringHelper ShortStringHelper { get; }

    public PropertyEditorCollection PropertyEditors { get; }

    public TestConfigurationSerializer Serializer { get; } = new();

    public InMemoryKeyValueService KeyValues { get; } = new();

    public Dictionary<Guid, IDataType> DataTypes { get; } = [];

    public Dictionary<Guid, IContentType> ContentTypes { get; } = [];

    public Dictionary<string, ILanguage> Languages { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<Guid, ITemplate> Templates { get; } = [];

    /// <summary>Every write, in order, e.g. "create content type carePagesCondition".</summary>
    public List<string> Writes { get; } = [];

    public CarePagesOptions Options { get; } = new();

    public CapturingLogger<SchemaInstaller> SchemaLog { get; } = new();

    public CapturingLogger<SampleContentImporter> ImportLog { get; } = new();

    /// <summary>Documents created through <c>IContentEditingService</c>, as real Umbraco <see cref="Content"/>.</summary>
    public Dictionary<Guid, IContent> Documents { get; } = [];

    public SampleContentImporter CreateSampleContentImporter() =>
        new(ContentEditingService(), KeyValues, Microsoft.Extensions.Options.Options.Create(Options), ImportLog);

    public SchemaInstaller CreateSchemaInstaller() => new(
        KeyValues,
        new LanguageInstaller(LanguageService()),
        new DataTypeInstaller(DataTypeService(), PropertyEditors, Serializer),
        new TemplateInstaller(TemplateService(), TemplateRepository(), new CarePages.Umbraco.Harness.Scoping.HarnessScopeProvider(new Mock<global::Umbraco.Cms.Core.Events.IEventAggregator>().Object, new CarePages.Umbraco.Harness.Data.HarnessDatabase()), ShortStringHelper),
        new ContentTypeInstaller(ContentTypeService(), ContentTypeEditingService()),
        Microsoft.Extensions.Options.Options.Create(Options),
        SchemaLog);

    public IContentType ContentType(string alias) => ContentTypes.Values.Single(t => t.Alias == alias);

    /// <summary>Adds a content type that is not CarePages', e.g. one whose alias clashes.</summary>
    public ContentType AddForeignContentType(string alias, string name)
    {
        var contentType = new ContentType(ShortStringHelper, -1) { Key = Guid.NewGuid(), Id = _nextId++, Alias = alias, Name = name };
        ContentTypes[contentType.Key] = contentType;
        return contentType;
    }

    private static IDataEditor Editor(string alias)
    {
        var editor = new Mock<IDataEditor> { DefaultValue = DefaultValue.Mock };
        editor.SetupGet(e => e.Alias).Returns(alias);
        editor.Setup(e => e.GetConfigurationEditor()).Returns(new ConfigurationEditor());
        editor.SetupGet(e => e.DefaultConfiguration).Returns(new Dictionary<string, object>());
        return editor.Object;
    }

    private IDataTypeService DataTypeService()
    {
        var service = new Mock<IDataTypeService>();
        service.Setup(s => s.GetAsync(It.IsAny<Guid>())).ReturnsAsync((Guid key) => DataTypes.GetValueOrDefault(key));
        service.Setup(s => s.CreateAsync(It.IsAny<IDataType>(), It.IsAny<Guid>())).ReturnsAsync((IDataType dataType, Guid _) =>
        {
            dataType.Id = _nextId++;
            DataTypes[dataType.Key] = dataType;
            Writes.Add("create data type " + dataType.Name);
            return Attempt.SucceedWithStatus(DataTypeOperationStatus.Success, dataType);
        });
        service.Setup(s => s.UpdateAsync(It.IsAny<IDataType>(), It.IsAny<Guid>())).ReturnsAsync((IDataType dataType, Guid _) =>
        {
            DataTypes[dataType.Key] = dataType;
            Writes.Add("update data type " + dataType.Name);
            return Attempt.SucceedWithStatus(DataTypeOperationStatus.Success, dataType);
        });
        return service.Object;
    }

    private IContentTypeService ContentTypeService()
    {
        var service = new Mock<IContentTypeService>();
        service.Setup(s => s.GetAsync(It.IsAny<Guid>())).ReturnsAsync((Guid key) => ContentTypes.GetValueOrDefault(key));
        return service.Object;
    }

    private IContentTypeEditingService ContentTypeEditingService()
    {
        var service = new Mock<IContentTypeEditingService>();
        service.Setup(s => s.CreateAsync(It.IsAny<ContentTypeCreateModel>(), It.IsAny<Guid>())).ReturnsAsync((ContentTypeCreateModel model, Guid _) =>
        {
            if (ContentTypes.Values.Any(t => t.Alias == model.Alias))
            {
                return Attempt.FailWithStatus<IContentType?, ContentTypeOperationStatus>(ContentTypeOperationStatus.DuplicateAlias, null);
            }

            var created = ContentTypeFromModel.Build(model, model.Key!.Value, _nextId++, this);
            ContentTypes[created.Key] = created;
            Writes.Add("create content type " + model.Alias);
            return Attempt.SucceedWithStatus<IContentType?, ContentTypeOperationStatus>(ContentTypeOperationStatus.Success, created);
        });
        service.Setup(s => s.UpdateAsync(It.IsAny<IContentType>(), It.IsAny<ContentTypeUpdateModel>(), It.IsAny<Guid>())).ReturnsAsync((IContentType existing, ContentTypeUpdateModel model, Guid _) =>
        {
            // Umbraco's update replaces the type with what the model holds; so does this double.
            var updated = ContentTypeFromModel.Build(model, existing.Key, existing.Id, this);
            ContentTypes[existing.Key] = updated;
            Writes.Add("update content type " + model.Alias);
            return Attempt.SucceedWithStatus<IContentType?, ContentTypeOperationStatus>(ContentTypeOperationStatus.Success, updated);
        });
        return service.Object;
    }

    private IContentEditingService ContentEditingService()
    {
        var service = new Mock<IContentEditingService>();
        service.Setup(s => s.GetAsync(It.IsAny<Guid>())).ReturnsAsync((Guid key) => Documents.GetValueOrDefault(key));
        service.Setup(s => s.CreateAsync(It.IsAny<ContentCreateModel>(), It.IsAny<Guid>())).ReturnsAsync((ContentCreateModel model, Guid _) =>
        {
            var status = ContentFromModel.TryBuild(model, this, out var content);
            if (content is not null)
            {
                Documents[content.Key] = content;
                Writes.Add("create document " + content.Key);
            }

            return status == ContentEditingOperationStatus.Success
                ? Attempt.SucceedWithStatus<ContentCreateResult, ContentEditingOperationStatus>(status, new ContentCreateResult { Content = content })
                : Attempt.FailWithStatus<ContentCreateResult, ContentEditingOperationStatus>(status, new ContentCreateResult());
        });
        service.Setup(s => s.UpdateAsync(It.IsAny<Guid>(), It.IsAny<ContentUpdateModel>(), It.IsAny<Guid>())).ReturnsAsync((Guid key, ContentUpdateModel model, Guid userKey) =>
        {
            if (!Documents.TryGetValue(key, out var existing))
            {
                return Attempt.FailWithStatus<ContentUpdateResult, ContentEditingOperationStatus>(ContentEditingOperationStatus.NotFound, new ContentUpdateResult());
            }

            // An update replaces every value and name, as the Management API's update does.
            var asCreate = new ContentCreateModel { Key = key, ContentTypeKey = existing.ContentType.Key, TemplateKey = model.TemplateKey, Properties = model.Properties, Variants = model.Variants };
            var status = ContentFromModel.TryBuild(asCreate, this, out var content);
            if (content is null || status != ContentEditingOperationStatus.Success)
            {
                return Attempt.FailWithStatus<ContentUpdateResult, ContentEditingOperationStatus>(status, new ContentUpdateResult());
            }

            Documents[key] = content;
            Writes.Add($"update document {key} by {userKey}");
            return Attempt.SucceedWithStatus(ContentEditingOperationStatus.Success, new ContentUpdateResult { Content = content });
        });
        return service.Object;
    }

    /// <summary>The content editing service over <see cref="Documents"/>.</summary>
    public IContentEditingService ContentEditing => ContentEditingService();

    private ILanguageService LanguageService()
    {
        var service = new Mock<ILanguageService>();
        service.Setup(s => s.GetAsync(It.IsAny<string>())).ReturnsAsync((string iso) => Languages.GetValueOrDefault(iso));
        service.Setup(s => s.CreateAsync(It.IsAny<ILanguage>(), It.IsAny<Guid>())).ReturnsAsync((ILanguage language, Guid _) =>
        {
            Languages[language.IsoCode] = language;
            Writes.Add("create language " + language.IsoCode);
            return Attempt.SucceedWithStatus(LanguageOperationStatus.Success, language);
        });
        return service.Object;
    }

    private global::Umbraco.Cms.Core.Persistence.Repositories.ITemplateRepository TemplateRepository()
    {
        var repository = new Mock<global::Umbraco.Cms.Core.Persistence.Repositories.ITemplateRepository>();
        repository.Setup(r => r.Save(It.IsAny<ITemplate>())).Callback((ITemplate template) =>
        {
            template.Id = _nextId++;
            Templates[template.Key] = template;
            Writes.Add("create template " + template.Alias);
        });
        return repository.Object;
    }

    private ITemplateService TemplateService()
    {
        var service = new Mock<ITemplateService>();
        service.Setup(s => s.GetAsync(It.IsAny<Guid>())).ReturnsAsync((Guid key) => Templates.GetValueOrDefault(key));
        service.Setup(s => s.GetAsync(It.IsAny<string>())).ReturnsAsync((string alias) => Templates.Values.FirstOrDefault(t => t.Alias == alias));
        service.Setup(s => s.CreateAsync(It.IsAny<ITemplate>(), It.IsAny<Guid>())).ReturnsAsync((ITemplate template, Guid _) =>
        {
            template.Id = _nextId++;
            Templates[template.Key] = template;
            Writes.Add("create template " + template.Alias);
            return Attempt.SucceedWithStatus(TemplateOperationStatus.Success, template);
        });
        return service.Object;
    }
}
