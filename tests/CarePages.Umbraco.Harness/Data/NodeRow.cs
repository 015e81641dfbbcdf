using Umbraco.Cms.Core.Models;

namespace CarePages.Umbraco.Harness.Data;

/// <summary>One row of Umbraco's node table: every document, type, data type and template has one.</summary>
public sealed record NodeRow(int Id, Guid Key, UmbracoObjectTypes ObjectType, int ParentId, string Path, int Level, int SortOrder, string? Name, bool Trashed);
