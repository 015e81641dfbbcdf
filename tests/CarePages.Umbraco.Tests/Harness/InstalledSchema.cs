using CarePages.Umbraco.Harness;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Services;

namespace CarePages.Umbraco.Tests.Harness;

/// <summary>The content types a new site has once the installer ran on Umbraco's own services, read once per test run.</summary>
internal static class InstalledSchema
{
    private static readonly Lazy<(IReadOnlyDictionary<string, IContentType> ContentTypes, IReadOnlyDictionary<Guid, IDataType> DataTypes)> Installed = new(Install);

    /// <summary>The installed content type with <paramref name="alias"/>.</summary>
    public static IContentType ContentType(string alias) => Installed.Value.ContentTypes[alias];

    /// <summary>The installed data type with <paramref name="key"/>.</summary>
    public static IDataType DataType(Guid key) => Installed.Value.DataTypes[key];

    private static (IReadOnlyDictionary<string, IContentType>, IReadOnlyDictionary<Guid, IDataType>) Install()
    {
        using var harness = UmbracoHarness.Start();
        harness.StartUmbracoAsync().GetAwaiter().GetResult();
        var dataTypes = harness.GetRequiredService<IDataTypeService>().GetAllAsync().GetAwaiter().GetResult();
        return (harness.GetRequiredService<IContentTypeService>().GetAll().ToDictionary(t => t.Alias, StringComparer.Ordinal),
            dataTypes.ToDictionary(d => d.Key));
    }
}
