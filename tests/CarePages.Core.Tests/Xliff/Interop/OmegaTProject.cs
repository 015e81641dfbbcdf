using System.Xml.Linq;

namespace CarePages.Core.Tests.Xliff.Interop;

/// <summary>
/// A throw-away OmegaT 3.6 project under the temp folder holding one source file: <c>omegat.project</c> (folders
/// <c>__DEFAULT__</c>, one segment per unit, tags kept) with the folders OmegaT insists on, and its own config folder.
/// </summary>
internal sealed class OmegaTProject : IDisposable
{
    private readonly DirectoryInfo root;
    private readonly string fileName;

    private OmegaTProject(DirectoryInfo root, string fileName)
    {
        this.root = root;
        this.fileName = fileName;
    }

    private string ProjectFolder => Path.Combine(root.FullName, "project");

    private string ConfigFolder => Path.Combine(root.FullName, "config");

    private string TranslationMemoryFolder => Path.Combine(ProjectFolder, "tm", "auto");

    /// <summary>A project translating <paramref name="sourceLanguage"/> to <paramref name="targetLanguage"/> with <paramref name="xliff"/> as <c>source/<paramref name="fileName"/></c>.</summary>
    public static OmegaTProject Create(string fileName, string xliff, string sourceLanguage, string targetLanguage)
    {
        var project = new OmegaTProject(Directory.CreateTempSubdirectory("carepages-omegat-"), fileName);
        // isProjectDir wants omegat/ beside omegat.project; loading wants glossary/ and dictionary/.
        foreach (var folder in new[] { "source", "target", "tm/auto", "glossary", "dictionary", "omegat" })
        {
            Directory.CreateDirectory(Path.Combine(project.ProjectFolder, folder));
        }

        Directory.CreateDirectory(project.ConfigFolder);
        File.WriteAllText(Path.Combine(project.ProjectFolder, "source", fileName), xliff);
        ProjectFile(sourceLanguage, targetLanguage).Save(Path.Combine(project.ProjectFolder, "omegat.project"));
        return project;
    }

    /// <summary>Puts <paramref name="tmx"/> into <c>tm/auto/</c>, whose matches console-translate inserts as translations.</summary>
    public void AddAutoTranslationMemory(string tmxFileName, string tmx) =>
        File.WriteAllText(Path.Combine(TranslationMemoryFolder, tmxFileName), tmx);

    /// <summary><c>console-createpseudotranslatetmx</c> of type <paramref name="type"/>; returns the TMX text.</summary>
    public string CreatePseudoTranslationTmx(string type)
    {
        var tmx = Path.Combine(root.FullName, "pseudo.tmx");
        var run = Run("console-createpseudotranslatetmx", $"--pseudotranslatetmx={tmx}", $"--pseudotranslatetype={type}");
        Assert.True(run.ExitCode == 0 && File.Exists(tmx), $"OmegaT exited {run.ExitCode} without a pseudo-translation TMX:\n{run.Output}");
        return File.ReadAllText(tmx);
    }

    /// <summary><c>console-translate --tag-validation=abort</c>: compiles <c>target/</c> unless a translation breaks tags.</summary>
    public OmegaTRun Translate() => Run("console-translate", "--tag-validation=abort");

    /// <summary>The compiled <c>target/</c> file, or null when OmegaT wrote none.</summary>
    public string? ReadTarget()
    {
        var target = Path.Combine(ProjectFolder, "target", fileName);
        return File.Exists(target) ? File.ReadAllText(target) : null;
    }

    public void Dispose() => root.Delete(recursive: true);

    private OmegaTRun Run(string mode, params string[] options) => OmegaT.Run(
        Path.Combine(root.FullName, "Xauthority"),
        [$"--mode={mode}", .. options, $"--config-dir={ConfigFolder}", "--disable-project-locking", "--no-team", ProjectFolder]);

    private static XDocument ProjectFile(string sourceLanguage, string targetLanguage) => new(
        new XElement("omegat", new XElement("project", new XAttribute("version", "1.0"),
            new[] { "source_dir", "target_dir", "tm_dir", "glossary_dir", "glossary_file", "dictionary_dir" }.Select(name => new XElement(name, "__DEFAULT__")),
            new XElement("source_lang", sourceLanguage),
            new XElement("target_lang", targetLanguage),
            new XElement("sentence_seg", "false"),
            new XElement("remove_tags", "false"))));
}
