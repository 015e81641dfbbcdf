using System.Reflection;
using Xunit.Sdk;

namespace CarePages.Demo.Tests.Browser;

/// <summary>Runs a theory once per URL in <see cref="DemoPageCatalogue.AllPages"/>.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class EveryDemoPageAttribute : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => DemoPageCatalogue.AllPages.Select(url => new object[] { url });
}
