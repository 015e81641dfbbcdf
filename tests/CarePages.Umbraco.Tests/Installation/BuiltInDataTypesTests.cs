using CarePages.Core.Schema;
using Umbraco.Cms.Core;

namespace CarePages.Umbraco.Tests.Installation;

public sealed class BuiltInDataTypesTests
{
    [Fact]
    public void BuiltInKeys_MatchUmbracosOwnConstants()
    {
        Assert.Equal(Constants.DataTypes.Guids.TextstringGuid, BuiltInDataTypes.Textstring);
        Assert.Equal(Constants.DataTypes.Guids.TextareaGuid, BuiltInDataTypes.Textarea);
        Assert.Equal(Constants.DataTypes.Guids.DatePickerGuid, BuiltInDataTypes.DatePicker);
    }
}
