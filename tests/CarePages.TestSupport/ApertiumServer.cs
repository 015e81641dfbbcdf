using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace CarePages.TestSupport;

/// <summary>
/// A real <c>apertium-apy</c> on a free loopback port, started by <see cref="StartAsync"/> and stopped when disposed,
/// for the test projects' collection fixtures. Where Debian's <c>apertium-apy</c> and <c>apertium-eng-spa</c> are not
/// installed nothing starts and tests are skipped, unless <c>CAREPAGES_REQUIRE_APERTIUM=1</c> (as <c>.ci/run</c> sets),
/// which makes a missing service a failure.
/// </summary>
public sealed class ApertiumServer : IAsyncDisposable
{
    private const string Executable = "/usr/bin/apertium-apy";
    private const string Modes = "/usr/share/apertium/modes";
    private Process? process;

    /// <summary>Why the tests cannot run here, or null when they can.</summary>
    public static string? Missing =>
        File.Exists(Executable) && File.Exists(Path.Combine(Modes, "eng-spa.mode"))
            ? null
            : "apertium-apy or apertium-eng-spa is not installed: apt-get install -y --no-install-recommends apertium-apy apertium-eng-spa to run the machine-translation tests.";

    /// <summary>True when a missing service must fail the tests instead of skipping them.</summary>
    public static bool Required => Environment.GetEnvironmentVariable("CAREPAGES_REQUIRE_APERTIUM") == "1";

    /// <summary>The service's base address.</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1:1/");

    /// <summary>Starts the service and waits until it lists its pairs; does nothing where it is not installed.</summary>
    public async Task StartAsync()
    {
        if (Missing is not null)
        {
            return;
        }

        var port = FreePort();
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
        process = Process.Start(new ProcessStartInfo(Executable, ["-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture), Modes])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        })!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"apertium-apy exited with code {process.ExitCode} before answering on port {port}.");
            }

            try
            {
                using var response = await http.GetAsync(new Uri(BaseAddress, "listPairs"));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception error) when (error is HttpRequestException or TaskCanceledException)
            {
                // Still starting.
            }

            await Task.Delay(200);
        }

        throw new InvalidOperationException($"apertium-apy did not answer on port {port} within 60 seconds.");
    }

    /// <summary>Stops the service.</summary>
    public ValueTask DisposeAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }

        process?.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>A loopback port nothing listens on now.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
