using CarePages.Cli.Input;
using CarePages.Core.Checks;
using CarePages.Core.Documents;
using CarePages.Core.Schema;

namespace CarePages.Cli.Checking;

/// <summary>Checks files with the engine: fragments as one rich-text field, pages whole, documents in one culture.</summary>
internal sealed class ContentChecker
{
    private readonly CheckEngine _engine;
    private readonly CheckRequest _request;
    private readonly string? _sourceCulture;

    /// <summary>Creates a checker.</summary>
    /// <param name="engine">The engine.</param>
    /// <param name="request">The culture, message language and date every file is checked with.</param>
    /// <param name="sourceCulture">For documents: the culture whose version is passed as the source, or null.</param>
    public ContentChecker(CheckEngine engine, CheckRequest request, string? sourceCulture)
    {
        _engine = engine;
        _request = request;
        _sourceCulture = sourceCulture;
    }

    /// <summary>Checks <paramref name="file"/>.</summary>
    /// <remarks>A CarePages document with versions, none in the culture, is skipped (see <see cref="FileReport.Skipped"/>), not checked.</remarks>
    /// <exception cref="UsageException">A document is not valid JSON or not a CarePages document, or lacks the source culture.</exception>
    public FileReport Check(InputFile file) => file.Kind switch
    {
        InputKind.RichText => new(file, _engine.CheckRichText(file.Text, _request)),
        InputKind.Page => new(file, _engine.CheckPage(file.Text, _request)),
        _ => CheckDocument(file),
    };

    private FileReport CheckDocument(InputFile file)
    {
        try
        {
            var request = MultiCultureDocumentJson.Parse(file.Text, file.DisplayPath);
            if (request.NameIn(_request.Culture) is null && request.Cultures.Any() && CarePagesSchema.FindContentType(request.DocumentType.Id) is not null)
            {
                return new(file, CheckReport.Empty, new DocumentSkip(_request.Culture, [.. request.Cultures]));
            }

            var document = CultureDocumentFactory.Create(request, _request.Culture);
            var source = _sourceCulture is null || string.Equals(_sourceCulture, _request.Culture, StringComparison.OrdinalIgnoreCase)
                ? null
                : CultureDocumentFactory.Create(request, _sourceCulture);
            return new(file, _engine.CheckDocument(document, _request with { SourceDocument = source }));
        }
        catch (DocumentShapeException exception)
        {
            var message = exception.Message.StartsWith(file.DisplayPath, StringComparison.Ordinal) ? exception.Message : $"{file.DisplayPath}: {exception.Message}";
            throw new UsageException(message, exception);
        }
    }
}
