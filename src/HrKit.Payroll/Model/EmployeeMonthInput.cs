using System.Text.Json.Serialization;
using HrKit.Payroll.Jurisdictions;
using HrKit.Payroll.Serialization;
using NodaTime;

namespace HrKit.Payroll.Model;

/// <summary>
/// Everything the engine needs to pay one employee for one month. Amounts are in the currency of the jurisdiction's
/// pack (<see cref="Jurisdictions.JurisdictionPack.Currency"/>: yuan for China mainland); every field the
/// engine reads is validated, and a rejected value is reported with its field name.
/// </summary>
public sealed record EmployeeMonthInput
{
    // Setters coalesce null: System.Text.Json's source generator assigns every init-only property, absent or not.
    /// <summary>The host's identifier for the employee; unique within a run.</summary>
    public required string EmployeeId { get; init; }

    /// <summary>Display name, for payslips and reports.</summary>
    public string? Name { get; init; }

    /// <summary>Department (cost centre), for the cost reports.</summary>
    public string? Department { get; init; }

    /// <summary>The pay month.</summary>
    public required YearMonth Period { get; init; }

    /// <summary>
    /// The jurisdiction whose labour and tax law applies: the code of a registered pack (<c>CN</c>, <c>HK</c>,
    /// <c>SG</c>, <c>GB</c>…, docs/jurisdictions.md), compared case-insensitively. Default <c>CN</c> (China mainland).
    /// </summary>
    public string Jurisdiction { get; init => field = value ?? DefaultJurisdiction; } = DefaultJurisdiction;

    /// <summary>
    /// City whose social insurance and housing fund rules apply, e.g. <c>beijing</c>, <c>shanghai</c>. Required for
    /// China mainland; other jurisdictions ignore it (a policy formula may still read it as <c>city</c>).
    /// </summary>
    public string City { get; init => field = value ?? ""; } = "";

    /// <summary>Contractual monthly base salary for a full month.</summary>
    public decimal BaseSalary { get; init; }

    /// <summary>Fixed monthly allowances by code (e.g. <c>meal</c>, <c>transport</c>); taxable.</summary>
    public IReadOnlyDictionary<string, decimal> Allowances { get; init => field = value ?? EmptyAmounts; } = EmptyAmounts;

    /// <summary>The month's attendance.</summary>
    public AttendanceInput Attendance { get; init; }

    /// <summary>Overtime hours by kind of day.</summary>
    public OvertimeHours Overtime { get; init; }

    /// <summary>Performance grade and bonus base.</summary>
    public PerformanceInput Performance { get; init; }

    /// <summary>Other taxable earnings paid this month (commissions, one-off awards).</summary>
    public decimal OtherEarnings { get; init; }

    /// <summary>Tax-free income paid this month (免税收入), e.g. qualifying subsidies.</summary>
    public decimal TaxFreeIncome { get; init; }

    /// <summary>Deductions taken from net pay after tax (e.g. canteen, loan repayment).</summary>
    public decimal PostTaxDeductions { get; init; }

    /// <summary>Other legally allowed pre-tax deductions this month (依法确定的其他扣除), e.g. private pension.</summary>
    public decimal OtherTaxDeductions { get; init; }

    /// <summary>An annual one-time bonus paid this month; zero when none.</summary>
    public decimal AnnualBonus { get; init; }

    /// <summary>How <see cref="AnnualBonus"/> is taxed.</summary>
    public AnnualBonusTaxMethod AnnualBonusTaxMethod { get; init; }

    /// <summary>Social insurance contribution base; null uses the policy's default (the fixed monthly wage).</summary>
    public decimal? SocialInsuranceBase { get; init; }

    /// <summary>Housing fund contribution base; null uses <see cref="SocialInsuranceBase"/> rules.</summary>
    public decimal? HousingFundBase { get; init; }

    /// <summary>Housing fund rate chosen by the employer (e.g. 0.12); null uses the city's default rate.</summary>
    public decimal? HousingFundRate { get; init; }

    /// <summary>Special additional deductions declared by the employee.</summary>
    public SpecialAdditionalDeductions SpecialAdditionalDeductions { get; init => field = value ?? SpecialAdditionalDeductions.None; } = SpecialAdditionalDeductions.None;

    /// <summary>
    /// The tax year's cumulative state through the previous month. Required unless the period is January or the
    /// employee joined in this period.
    /// </summary>
    public TaxYearToDate? YearToDate { get; init; }

    /// <summary>First day of employment; a date inside the period prorates the month.</summary>
    public LocalDate? HireDate { get; init; }

    /// <summary>Last day of employment; a date inside the period prorates the month.</summary>
    public LocalDate? TerminationDate { get; init; }

    /// <summary>
    /// Share of the month the employee is paid for (0–1). Null derives it from <see cref="HireDate"/> and
    /// <see cref="TerminationDate"/> by counting Monday–Friday days; set it when the host applies a holiday calendar.
    /// </summary>
    public decimal? ProrationFactor { get; init; }

    /// <summary>
    /// 国家税务总局公告2020年第19号: the employee was withheld for the whole previous year by this employer with income of
    /// at most 60 000, so the whole year's 60 000 basic deduction applies from January.
    /// </summary>
    public bool PriorYearIncomeAtMost60000 { get; init; }

    /// <summary>
    /// The fields the jurisdiction's pack adds (its <see cref="Jurisdictions.JurisdictionInput"/> type, or the JSON
    /// object <c>jurisdictionInput</c> the pack reads); null when the pack needs none.
    /// </summary>
    [JsonConverter(typeof(JurisdictionInputJsonConverter))]
    public JurisdictionInput? JurisdictionInput { get; init; }

    /// <summary>
    /// The pack's year-to-date state through the previous month (the <see cref="Payslip.JurisdictionYearToDate"/> of
    /// the previous payslip); null at the start of a tax year or of employment. China mainland uses <see cref="YearToDate"/>.
    /// </summary>
    public JurisdictionYearToDate? JurisdictionYearToDate { get; init; }

    /// <summary>Values for custom inputs that the pay policy declares, by name.</summary>
    public IReadOnlyDictionary<string, decimal> CustomInputs { get; init => field = value ?? EmptyAmounts; } = EmptyAmounts;

    /// <summary>The jurisdiction of a record that names none: <c>CN</c>, China mainland.</summary>
    public const string DefaultJurisdiction = "CN";

    internal static readonly IReadOnlyDictionary<string, decimal> EmptyAmounts =
        new Dictionary<string, decimal>(0, StringComparer.Ordinal);
}
