using CarePages.Umbraco.Harness.Data;
using Umbraco.Cms.Core.Models;

namespace CarePages.Umbraco.Harness.Repositories;

/// <summary>Umbraco's data types (<c>umbracoDataType</c> with their node rows).</summary>
public sealed class DataTypeRepository(NodeIndex nodes) : NodeRepository<IDataType>(nodes, "umbracoDataType", UmbracoObjectTypes.DataType);
