using System.Collections.Immutable;
using NodaTime;

namespace HrKit.Payroll.Jurisdictions;

/// <summary>
/// A pack's year-to-date state (pay and tax to date for UK PAYE, wages subject to CPF for Singapore's additional wage
/// ceiling…) as named figures. Each payslip returns the state after its month
/// (<see cref="Model.Payslip.JurisdictionYearToDate"/>); pass it as next month's
/// <see cref="Model.EmployeeMonthInput.JurisdictionYearToDate"/>. China mainland keeps its own
/// <see cref="Model.TaxYearToDate"/> instead.
/// </summary>
public sealed record JurisdictionYearToDate
{
    private static readonly ImmutableSortedDictionary<string, decimal> NoFigures = ImmutableSortedDictionary.Create<string, decimal>(StringComparer.Ordinal);

    /// <summary>The jurisdiction code whose pack wrote the state, e.g. <c>GB</c>.</summary>
    public required string Jurisdiction { get; init; }

    /// <summary>The last month included.</summary>
    public required YearMonth ThroughMonth { get; init; }

    /// <summary>The figures by name (the pack documents each); a name that is absent reads as 0.</summary>
    public IReadOnlyDictionary<string, decimal> Figures
    {
        get => _figures;
        init => _figures = value is null ? NoFigures : value.ToImmutableSortedDictionary(StringComparer.Ordinal);
    }

    private readonly ImmutableSortedDictionary<string, decimal> _figures = NoFigures;

    /// <summary>The figure named <paramref name="name"/>, or 0 when absent.</summary>
    public decimal Get(string name) => name is not null && _figures.TryGetValue(name, out var value) ? value : 0m;

    /// <inheritdoc />
    public bool Equals(JurisdictionYearToDate? other) =>
        other is not null
        && string.Equals(Jurisdiction, other.Jurisdiction, StringComparison.Ordinal)
        && ThroughMonth == other.ThroughMonth
        && _figures.Count == other._figures.Count
        && _figures.All(f => other._figures.TryGetValue(f.Key, out var v) && v == f.Value);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Jurisdiction, ThroughMonth, _figures.Count);
}
