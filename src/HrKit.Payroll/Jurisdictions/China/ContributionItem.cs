namespace HrKit.Payroll.Jurisdictions.China;

/// <summary>
/// One social insurance or housing fund item of a city's schedule. The contribution base is clamped to
/// [<see cref="BaseFloor"/>, <see cref="BaseCeiling"/>]; each side's amount is base × rate (+ fixed), rounded by
/// <see cref="Rounding"/>.
/// </summary>
/// <param name="Code">Item code: PENSION, MEDICAL, UNEMPLOYMENT, WORK_INJURY, MATERNITY, HOUSING_FUND.</param>
/// <param name="Name">Local name, e.g. 养老保险.</param>
/// <param name="EmployeeRate">The employee's rate (0.08 = 8 %).</param>
/// <param name="EmployerRate">The employer's rate.</param>
/// <param name="EmployeeFixed">A fixed monthly amount the employee pays on top (e.g. Beijing's 3-yuan serious-illness medical).</param>
/// <param name="BaseFloor">Lowest contribution base.</param>
/// <param name="BaseCeiling">Highest contribution base.</param>
/// <param name="Rounding">How each side's amount is rounded.</param>
public sealed record ContributionItem(
    string Code,
    string Name,
    decimal EmployeeRate,
    decimal EmployerRate,
    decimal EmployeeFixed,
    decimal BaseFloor,
    decimal BaseCeiling,
    RoundingRule Rounding)
{
    /// <summary>The housing fund item code; its rate may be chosen by the employer within the schedule's range.</summary>
    public const string HousingFundCode = "HOUSING_FUND";

    /// <summary>Where this item's figures come from and whether they were confirmed.</summary>
    public ContributionSource Provenance { get; init; } = ContributionSource.Unknown;

    /// <summary>Whether this is the housing fund (住房公积金) rather than a social insurance item.</summary>
    public bool IsHousingFund => string.Equals(Code, HousingFundCode, StringComparison.Ordinal);

    /// <summary>Clamps a base to this item's floor and ceiling.</summary>
    /// <exception cref="ArgumentException">The floor is above the ceiling.</exception>
    public decimal ClampBase(decimal requestedBase) => FastDecimal.Clamp(requestedBase, BaseFloor, BaseCeiling);
}
