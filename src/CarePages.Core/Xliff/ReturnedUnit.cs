using System.Xml.Linq;
using CarePages.Core.Translation.Messages;

namespace CarePages.Core.Xliff;

/// <summary>One unit of a returned file, read out of its version's XML shape.</summary>
/// <param name="Id">The unit id as the export plans it (2.x ids are decoded from their NMTOKEN form).</param>
/// <param name="Target">The whole target: 1.2's <c>&lt;target&gt;</c>, or 2.x's segments and ignorables joined; null when there is none.</param>
/// <param name="Problems">What the version's reading already found wrong with the unit (e.g. a dangling 2.x <c>dataRef</c>).</param>
/// <param name="OriginalData">2.x: the text of each <c>&lt;data&gt;</c> by id, only to check it names no address the source lacks; null in 1.2.</param>
internal sealed record ReturnedUnit(string Id, XElement? Target, IReadOnlyList<ExchangeNote> Problems, IReadOnlyDictionary<string, string>? OriginalData = null);
