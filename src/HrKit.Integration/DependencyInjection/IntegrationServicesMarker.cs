namespace HrKit.Integration;

/// <summary>
/// Registered by the first <c>AddHrKitIntegration</c>: the enumerable registrations (attendance sources, HTTP clients
/// and their resilience handlers) cannot be added with TryAdd, so later calls look for this instead.
/// </summary>
internal sealed class IntegrationServicesMarker;
