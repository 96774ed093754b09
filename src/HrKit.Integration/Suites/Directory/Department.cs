namespace HrKit.Integration.Suites.Directory;

/// <summary>A department of an authorised company.</summary>
/// <param name="Id">The vendor's department id, as text.</param>
/// <param name="Name">The name (WeCom third-party apps may receive an empty name when the company hides it).</param>
/// <param name="ParentId">The parent department's id; null for the root.</param>
public sealed record Department(string Id, string Name, string? ParentId);
