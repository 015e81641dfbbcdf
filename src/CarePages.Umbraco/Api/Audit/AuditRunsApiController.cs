using CarePages.Core.Audit;
using CarePages.Umbraco.Translation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CarePages.Umbraco.Api.Audit;

/// <summary>
/// The whole-site audit's runs: start one, follow its progress, cancel it. One run is active at a time across every
/// server of the site; the server that runs audits works it through in the background.
/// </summary>
/// <remarks>
/// Any signed-in backoffice user with the Content section (the API's policy) may start or cancel a run: a run only reads
/// content and every reader sees its results limited to the documents and languages they may read, a second start while
/// one is active only reports that run, and a cancelled run keeps what it audited, so neither right lets anyone see or
/// change what they could not otherwise. The requester's name is recorded on the run.
/// </remarks>
[Route(CarePagesApiRoutes.Audit + "/runs")]
public sealed class AuditRunsApiController(AuditRunCoordinator coordinator) : CarePagesApiController
{
    /// <summary>Queues a run (202 with the run, its address in <c>Location</c>); 409 with the active run's progress as <c>run</c> when one is queued or running.</summary>
    [HttpPost]
    [ProducesResponseType<AuditRun>(StatusCodes.Status202Accepted)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, ApiProblem.MediaType)]
    public async Task<IActionResult> Start([FromServices] ITranslationActorAccessor actors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actors);
        return await actors.GetCurrentActorAsync(cancellationToken) is { } actor
            ? OperationStatusProblem.Of(await coordinator.StartAsync("api", actor.DisplayName, cancellationToken))
            : ApiProblem.NotSignedIn();
    }

    /// <summary>The newest run with its progress (done and total documents, the document being audited); 404 before the first.</summary>
    [HttpGet("latest")]
    [ProducesResponseType<AuditRun>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, ApiProblem.MediaType)]
    public async Task<IActionResult> GetLatest(CancellationToken cancellationToken) =>
        await coordinator.GetLatestAsync(cancellationToken) is { } run
            ? Ok(run)
            : ApiProblem.Create(StatusCodes.Status404NotFound, "No audit yet", "The site has not been audited yet: start a run with POST audit/runs.");

    /// <summary>The run with <paramref name="id"/> and its progress.</summary>
    [HttpGet("{id:guid}")]
    [ProducesResponseType<AuditRun>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, ApiProblem.MediaType)]
    public async Task<IActionResult> Get(Guid id, CancellationToken cancellationToken) =>
        await coordinator.GetAsync(id, cancellationToken) is { } run
            ? Ok(run)
            : ApiProblem.Create(StatusCodes.Status404NotFound, "No such audit run", $"There is no audit run {id}.");

    /// <summary>Asks the active run to stop after the batch it is on (202 with the run; a queued run is cancelled at once); 409 when none is active.</summary>
    [HttpPost("cancel")]
    [ProducesResponseType<AuditRun>(StatusCodes.Status202Accepted)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, ApiProblem.MediaType)]
    public async Task<IActionResult> Cancel(CancellationToken cancellationToken) =>
        OperationStatusProblem.Of(await coordinator.CancelAsync(cancellationToken));
}
