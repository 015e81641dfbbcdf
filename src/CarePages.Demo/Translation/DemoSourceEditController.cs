using CarePages.Core.Documents;
using CarePages.Core.Ports;
using CarePages.Core.SampleContent;
using CarePages.Core.Schema;
using CarePages.Core.Translation.Exchange;
using CarePages.Core.Translation.Units;
using CarePages.Core.Translation.Workflow;
using CarePages.Umbraco.Translation;
using Microsoft.AspNetCore.Mvc;

namespace CarePages.Demo.Translation;

/// <summary>
/// Demo only: edits the English source of one field and records the source change as a site's save does, so the
/// field's approved translations turn Outdated through the normal workflow and the review view has a diff to show.
/// </summary>
[ApiController]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class DemoSourceEditController(IDraftContentStore drafts, TranslationWorkflowService workflow, ITranslationActorAccessor actors) : ControllerBase
{
    /// <summary>The sentence the demo adds to a rich text source (the default field is the document's first rich text).</summary>
    public const string AddedParagraph = "<p>Tell the nurse if you have a cold: a blocked nose can change how much of the spray you absorb.</p>";

    /// <summary>Edits the source of <paramref name="field"/> (a field path; default: the first rich text field) of <paramref name="document"/>.</summary>
    [HttpPost("/demo/edit-source")]
    public async Task<IActionResult> EditSource([FromQuery] Guid document, [FromQuery] string? field, CancellationToken cancellationToken)
    {
        if (await actors.GetCurrentActorAsync(cancellationToken) is not { } actor)
        {
            return Problem("Choose a demo user with the X-CarePages-User header (ana, rami, claire or lucia).", statusCode: StatusCodes.Status401Unauthorized, title: "Not signed in");
        }

        if (await drafts.GetDraftAsync(document, cancellationToken) is not { } draft || draft.NameIn(SampleClinic.SourceCulture) is null)
        {
            return Problem($"The demo has no document {document} with an {SampleClinic.SourceCulture} source.", statusCode: StatusCodes.Status404NotFound, title: "No such document");
        }

        var units = TranslatableUnits.Of(CultureDocumentFactory.Create(draft, SampleClinic.SourceCulture));
        var unit = field is null ? units.FirstOrDefault(u => u.Kind == FieldKind.RichText) : units.FirstOrDefault(u => u.Path.Value == field);
        if (unit is null)
        {
            return Problem($"Document {document} has no translatable field '{field}' in {SampleClinic.SourceCulture}; use one of: {string.Join(", ", units.Select(u => u.Path.Value))}.", statusCode: StatusCodes.Status400BadRequest, title: "No such field");
        }

        var text = unit.Kind == FieldKind.RichText ? unit.SourceText + AddedParagraph : unit.SourceText.TrimEnd() + " (updated)";
        var edited = TranslatedDraftWriter.Apply(draft, SampleClinic.SourceCulture, [new TranslatedField(unit.Path, unit.Kind, text)]);
        var saved = await drafts.SaveDraftAsync(edited, SampleClinic.SourceCulture, actor.Reference, DraftVersion.Of(draft), cancellationToken);
        if (!saved.IsSaved)
        {
            return Problem($"Document {document} changed while it was edited ({saved.Status}); try again.", statusCode: StatusCodes.Status409Conflict, title: "The document changed");
        }

        var changed = await workflow.RecordSourceChangesAsync(TranslatableUnits.Of(CultureDocumentFactory.Create(edited, SampleClinic.SourceCulture)), actor, cancellationToken);
        return Ok(new { document, path = unit.Path.Value, outdatedCultures = changed.Where(s => s.IsOutdated).Select(s => s.Culture).ToArray() });
    }
}
