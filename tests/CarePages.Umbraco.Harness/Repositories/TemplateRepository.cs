using System.Text;
using CarePages.Umbraco.Harness.Data;
using Microsoft.Extensions.Options;
using Umbraco.Cms.Core.Configuration.Models;
using Umbraco.Cms.Core.Models;

namespace CarePages.Umbraco.Harness.Repositories;

/// <summary>
/// Umbraco's templates: the database rows, and the view files the repository reads and writes. As Infrastructure's
/// repository does, saving a template that is not a <see cref="TemplateOnDisk"/> still marked as on disk writes
/// <c>Views/{alias}.cshtml</c> (its content, or Umbraco's default view when empty) unless the runtime mode is Production.
/// </summary>
public sealed class TemplateRepository : NodeRepository<ITemplate>
{
    private readonly HarnessViewFiles _views;
    private readonly IOptionsMonitor<RuntimeSettings> _runtime;

    public TemplateRepository(NodeIndex nodes, HarnessViewFiles views, IOptionsMonitor<RuntimeSettings> runtime)
        : base(nodes, "cmsTemplate", UmbracoObjectTypes.Template)
    {
        _views = views;
        _runtime = runtime;
    }

    /// <summary>The content Umbraco's view helper gives a new view that has none.</summary>
    public const string DefaultViewContent = "@inherits Umbraco.Cms.Web.Common.Views.UmbracoViewPage\n@{\n\tLayout = null;\n}";

    public ITemplate? Get(string? alias) => GetMany(Array.Empty<int>()).FirstOrDefault(t => string.Equals(t.Alias, alias, StringComparison.OrdinalIgnoreCase));

    public IEnumerable<ITemplate> GetAll(params string[] aliases) =>
        aliases.Length == 0 ? GetMany(Array.Empty<int>()) : GetMany(Array.Empty<int>()).Where(t => aliases.Contains(t.Alias, StringComparer.OrdinalIgnoreCase)).ToArray();

    public Stream GetFileContentStream(string filepath) =>
        _views.Read(filepath) is { } content ? new MemoryStream(Encoding.UTF8.GetBytes(content)) : Stream.Null;

    /// <inheritdoc />
    protected override void BeforeStore(ITemplate entity, bool isNew)
    {
        ArgumentNullException.ThrowIfNull(entity);
        if (entity is TemplateOnDisk { IsOnDisk: true } || _runtime.CurrentValue.Mode == RuntimeMode.Production)
        {
            return;
        }

        var content = string.IsNullOrWhiteSpace(entity.Content) ? DefaultViewContent : entity.Content;
        _views.Write(entity.Alias + ".cshtml", content);
        entity.Content = content;
    }
}
