using System.Text;

namespace CarePages.Cli;

/// <summary>The process entry point of <c>carepages</c>.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        // Messages are written in the editor's language (Arabic, Spanish…): never let a legacy console code page mangle them.
        Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        return CarePagesCli.Run(args, Console.Out, Console.Error);
    }
}
