using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using CarePages.Core.Schema;
using CarePages.Umbraco.Installation;
using CarePages.Umbraco.Tests.Harness;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.PropertyEditors;
using Umbraco.Cms.Core.Serialization;
using Umbraco.Cms.Core.Services;

namespace CarePages.Umbraco.Tests.Installation;

/// <summary>The data types as Umbraco's own data type service stores them, on the Umbraco major this build targets.</summary>
public sealed class DataTypesOnUmbracoServicesTests
{
    // Umbraco's configuration class for each editor: the keys it reads on the server. Other keys are backoffice (UI) settings.
    private static readonly Dictionary<string, Type> ServerConfiguration = new()
    {
        ["Umbraco.TextBox"] = typeof(TextboxConfiguration),
        ["Umbraco.TextArea"] = typeof(TextAreaConfiguration),
        ["Umbraco.RichText"] = typeof(RichTextConfiguration),
        ["Umbraco.DropDown.Flexible"] = typeof(DropDownFlexibleConfiguration),
        ["Umbraco.CheckBoxList"] = typeof(ValueListConfiguration),
        ["Umbraco.MultiNodeTreePicker"] = typeof(MultiNodePickerConfiguration),
        ["Umbraco.BlockList"] = typeof(BlockListConfiguration),
        ["Umbraco.SingleBlock"] = typeof(SingleBlockConfiguration),
    };

    [Theory]
    [InlineData("15b416cc-70ef-4cbb-8014-9591367c9b4d", "{=title}")]
    [InlineData("1341e59a-52aa-43f3-811e-8ca7a00c2ac0", "{=heading}")]
    public async Task StartUmbraco_BlockDataTypes_LabelBlocksWithUmbracoFlavoredMarkdownNotAngularBraces(string dataTypeKey, string label)
    {
        using var harness = await ClinicSite.StartAsync();

        var dataType = await harness.GetRequiredService<IDataTypeService>().GetAsync(new Guid(dataTypeKey));

        var blocks = JsonNode.Parse(JsonSerializer.Serialize(dataType!.ConfigurationData["blocks"]))!.AsArray();
        Assert.Equal(label, blocks.Single()!["label"]!.GetValue<string>());
    }

    [Fact]
    public async Task StartUmbraco_BookingCallout_UsesTheSingleBlockEditorOnUmbraco18AndASingleBlockListOn17()
    {
        using var harness = await ClinicSite.StartAsync();

        var dataType = await harness.GetRequiredService<IDataTypeService>().GetAsync(CarePagesDataTypes.BookingCalloutBlock);

#if UMBRACO_18_OR_GREATER
        Assert.Equal("Umbraco.SingleBlock", dataType!.EditorAlias);
        Assert.Equal("Umb.PropertyEditorUi.BlockSingle", dataType.EditorUiAlias);
        Assert.IsType<SingleBlockConfiguration>(dataType.ConfigurationObject);
#else
        Assert.Equal("Umbraco.BlockList", dataType!.EditorAlias);
        Assert.True(Assert.IsType<BlockListConfiguration>(dataType.ConfigurationObject).ValidationLimit.Max == 1);
#endif
    }

    [Fact]
    public async Task StartUmbraco_BookingCalloutAlreadyMigratedToSingleBlock_IsNeverTurnedBackIntoABlockList()
    {
        using var harness = await ClinicSite.StartAsync(configure: s => s.Configuration["CarePages:Install:Enabled"] = "false");
        var dataTypes = harness.GetRequiredService<IDataTypeService>();
        var editors = harness.GetRequiredService<PropertyEditorCollection>();
        editors.TryGet(UmbracoSchema.SingleBlockEditorAlias, out var singleBlock);
        var migrated = new DataType(singleBlock, harness.GetRequiredService<IConfigurationEditorJsonSerializer>())
        {
            Key = CarePagesDataTypes.BookingCalloutBlock,
            Name = "CarePages - Booking call-out",
            EditorUiAlias = "Umb.PropertyEditorUi.BlockSingle",
            ConfigurationData = new Dictionary<string, object> { ["blocks"] = new[] { new Dictionary<string, object> { ["contentElementTypeKey"] = "633a5e8d-83ac-4f1d-9c1c-a0a766702bcc" } } },
        };
        Assert.True((await dataTypes.CreateAsync(migrated, Constants.Security.SuperUserKey)).Success);

        var report = await harness.GetRequiredService<DataTypeInstaller>().InstallAsync(UmbracoSchema.DataTypes);

        Assert.Equal(UmbracoSchema.SingleBlockEditorAlias, (await dataTypes.GetAsync(CarePagesDataTypes.BookingCalloutBlock))!.EditorAlias);
#if !UMBRACO_18_OR_GREATER
        var step = Assert.Single(report, step => step.Alias == "CarePages - Booking call-out");
        Assert.Equal((InstallStepOutcome.Unchanged, "MigratedToSingleBlock"), (step.Outcome, step.Status));
#endif
    }

    [Fact]
    public void DataTypes_EveryKeyUmbracosEditorReadsOnTheServer_IsOneItDoesNotMarkObsolete()
    {
        var obsolete = new List<string>();
        foreach (var definition in UmbracoSchema.DataTypes)
        {
            var fields = ServerConfiguration[definition.EditorAlias].GetProperties()
                .Select(p => (Key: p.GetCustomAttribute<ConfigurationFieldAttribute>()?.Key, Obsolete: p.GetCustomAttribute<ObsoleteAttribute>() is not null))
                .Where(f => f.Key is not null)
                .ToDictionary(f => f.Key!, f => f.Obsolete);
            obsolete.AddRange(definition.Configuration.Keys.Where(key => fields.GetValueOrDefault(key)).Select(key => $"{definition.Name}: {key}"));
        }

#if UMBRACO_18_OR_GREATER
        Assert.Empty(obsolete);
#else
        // Umbraco 17's early minors have no single block editor, so the 17 build keeps the block list's single block mode.
        Assert.Equal(["CarePages - Booking call-out: useSingleBlockMode"], obsolete);
#endif
    }
}
