namespace CarePages.Persistence.DependencyInjection;

/// <summary>Registered once by <see cref="CarePagesServiceCollectionExtensions.AddCarePagesServices"/> so that later calls do nothing.</summary>
internal sealed class CarePagesServicesMarker;
