namespace HrKit.Payroll.Jurisdictions.UnitedKingdom;

/// <summary>Where a parameter comes from: the document (with the part that holds the figure) and its address.</summary>
/// <param name="Title">Publisher, document and section, e.g. "HMRC, Rates and thresholds for employers 2025 to 2026: …".</param>
/// <param name="Url">Where the document is published.</param>
public sealed record ParameterSource(string Title, string Url);
