namespace HrKit.Cli.Output.Contributions;

/// <summary>
/// <c>payroll contributions --list | --check --format json</c>: the cities (every city, or with <c>--check</c> those
/// whose data end before <see cref="Month"/>) and, with <c>--check</c>, how many are beyond the carry-forward limit.
/// </summary>
internal sealed record CoverageReportJson(string? Month, int MaxCarryForwardMonths, int? BeyondLimit, IReadOnlyList<CityCoverageJson> Cities);
