using CarePages.Core.Threading;

namespace CarePages.Core.Tests.Threading;

public sealed class ParallelismSettingTests
{
    [Fact]
    public void Default_OnThisMachine_IsTheProcessorCountWithinTheBounds()
    {
        Assert.Equal(Math.Min(Environment.ProcessorCount, 64), ParallelismSetting.Default);
        Assert.True(ParallelismSetting.IsValid(ParallelismSetting.Default));
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(64, true)]
    [InlineData(65, false)]
    public void IsValid_ThreadCount_OneToSixtyFourAccepted(int threads, bool valid)
    {
        Assert.Equal(valid, ParallelismSetting.IsValid(threads));
    }
}
