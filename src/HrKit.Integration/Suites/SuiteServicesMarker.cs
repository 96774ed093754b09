namespace HrKit.Integration.Suites;

/// <summary>Registered once by <c>AddHrKitSuites</c>, so a second call does not register the services twice.</summary>
internal sealed class SuiteServicesMarker;
