namespace HrKit.Integration.Reconciliation;

/// <summary>A vendor request that failed after retries; its records are missing from the sync.</summary>
/// <param name="Vendor">The vendor.</param>
/// <param name="Scope">What the request covered (users and time range).</param>
/// <param name="Error">The error, including the vendor's errcode when there was one.</param>
public sealed record FailedRequest(string Vendor, string Scope, string Error);
