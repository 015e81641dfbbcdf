using System.Text.RegularExpressions;
using CarePages.Demo.Tests.Browser;

namespace CarePages.Demo.Tests.BackofficeClient;

/// <summary>
/// Runs the backoffice client's own tests (type check, manifest schema, components in Chromium with axe) so that
/// <c>dotnet test</c> stays the one command that runs every test. Its output is shown when it fails.
/// </summary>
public partial class ClientTestSuiteTests
{
    [BrowserFact]
    public async Task NpmTest_ClientPackage_EveryTestPasses()
    {
        var environment = new Dictionary<string, string> { [HeadlessChromium.PathVariable] = HeadlessChromium.Path };

        var (exitCode, output) = await ClientPackage.RunScriptAsync("test", environment, TimeSpan.FromMinutes(10));

        Assert.True(exitCode == 0, $"npm test in {ClientPackage.Directory} exited with {exitCode}:\n{output}");
        Assert.Matches(PassedLine(), output);
    }

    // web-test-runner's summary, e.g. "Chromium: |██████| 9/9 test files | 84 passed, 0 failed".
    [GeneratedRegex(@"[1-9]\d* passed, 0 failed")]
    private static partial Regex PassedLine();
}
