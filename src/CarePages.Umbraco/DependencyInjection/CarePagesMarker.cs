namespace CarePages.Umbraco.DependencyInjection;

/// <summary>Registered by the first <c>AddCarePages()</c> call so that later calls add nothing twice.</summary>
public sealed class CarePagesMarker;
