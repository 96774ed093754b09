using System.Text.Json;
using HrKit.Payroll.Localization;
using HrKit.Payroll.Model;
using HrKit.Payroll.Policies;
using NodaTime;

namespace HrKit.Payroll.Jurisdictions.HongKong;

/// <summary>
/// Hong Kong SAR (<c>HK</c>): MPF mandatory contributions each month on the month's relevant income (gross pay, the
/// bonus included), with the new employee's contribution holiday, and an annual salaries tax estimate as an
/// information line (Hong Kong withholds no tax from pay: the IRD assesses it after the year). Input:
/// <see cref="HongKongInput"/>; the contribution holiday counts from <see cref="HongKongInput.EmploymentStart"/>, or else from the record's <c>hireDate</c>. Year-to-date state (tax year 1 April to 31 March): <c>assessableIncome</c> and
/// <c>mpfEmployee</c>, the year's income and employee MPF so far.
/// </summary>
public sealed class HongKongPack : JurisdictionPack
{
    /// <summary>The jurisdiction code, <c>HK</c>.</summary>
    public const string JurisdictionCode = "HK";

    /// <summary>Year-to-date figure: relevant income paid so far in the year of assessment.</summary>
    public const string AssessableIncomeFigure = "assessableIncome";

    /// <summary>Year-to-date figure: employee MPF mandatory contributions so far in the year of assessment.</summary>
    public const string MpfEmployeeFigure = "mpfEmployee";

    private const string PolicyResource = "HrKit.Payroll.Jurisdictions.HongKong.Data.hong-kong-standard-policy.json";

    private static readonly Lazy<HongKongPack> BuiltInPack = new(() => new HongKongPack(HongKongParameters.BuiltIn));

    private readonly Lazy<PayPolicy> _policy = new(() => LoadPolicy(PolicyResource, "hong-kong-standard-policy.json"));

    private readonly Lazy<ParameterSet> _parameters;

    /// <summary>Creates the pack over a set of figures.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="figures"/> is null.</exception>
    public HongKongPack(HongKongParameters figures)
        : base(JurisdictionCode, "Hong Kong SAR", "HKD")
    {
        Figures = figures ?? throw new ArgumentNullException(nameof(figures));
        _parameters = new(figures.ToParameterSet);
    }

    /// <summary>The pack over the built-in figures.</summary>
    public static HongKongPack BuiltIn => BuiltInPack.Value;

    /// <summary>The MPF and salaries tax figures in force.</summary>
    public HongKongParameters Figures { get; }

    /// <summary>The Hong Kong SAR standard policy: base salary, allowances, overtime at the contract's rate, no-pay leave.</summary>
    public override PayPolicy DefaultPolicy => _policy.Value;

    /// <summary>The year of assessment starts in April.</summary>
    public override YearMonth TaxYearStart(YearMonth period) => new(period.Month >= 4 ? period.Year : period.Year - 1, 4);

    /// <summary>The figures as named dated series with their legal sources (built once).</summary>
    public override ParameterSet? Parameters => _parameters.Value;

    /// <inheritdoc />
    public override JurisdictionInput ReadInput(JsonElement json, string employeeId) => HongKongInput.Read(json, employeeId);

    /// <inheritdoc />
    public override void Validate(EmployeeMonthInput input, JurisdictionInput? jurisdictionInput)
    {
        ArgumentNullException.ThrowIfNull(input);
        RejectChinaOnlyFields(input);
        if (jurisdictionInput is not null and not HongKongInput)
        {
            throw new PayrollInputException(input.EmployeeId, "jurisdictionInput", new LocalText("Error.HK.InputType", jurisdictionInput.GetType().Name));
        }

        (jurisdictionInput as HongKongInput)?.Checked(input.EmployeeId);
    }

    /// <summary>MPF employee and employer contributions; the salaries tax estimate as an information line when lines are wanted.</summary>
    /// <exception cref="PayrollInputException">No MPF or salaries tax figures cover the month.</exception>
    public override StatutoryResult Calculate(in StatutoryContext context)
    {
        var hk = context.JurisdictionInputAs<HongKongInput>() ?? HongKongInput.None;
        var periodStart = context.Period.OnDayOfMonth(1);
        var mpfFigures = Figures.Mpf.FirstOrDefault(m => m.Covers(periodStart))
            ?? throw new PayrollInputException(context.EmployeeId, "period", new LocalText("Error.HK.NoMpfFigures", context.Period));
        var relevantIncome = context.GrossPay;
        var mpf = MpfCalculator.Calculate(mpfFigures, relevantIncome, periodStart, hk.EmploymentStart ?? context.Input.HireDate);

        var incomeToDate = (context.YearToDate?.Get(AssessableIncomeFigure) ?? 0m) + relevantIncome;
        var mpfToDate = (context.YearToDate?.Get(MpfEmployeeFigure) ?? 0m) + mpf.Employee;
        if (context.WantsLines)
        {
            context.AddLine("MPF_EE", "MPF mandatory contribution (employee)", PayslipLineKind.EmployeeContribution, mpf.Employee, HongKongExplanations.EmployeeMpf(mpf, mpfFigures));
            context.AddLine("MPF_ER", "MPF mandatory contribution (employer)", PayslipLineKind.EmployerContribution, mpf.Employer, HongKongExplanations.EmployerMpf(mpf, mpfFigures));
            AddTaxEstimate(context, hk, relevantIncome, incomeToDate, mpf.Employee, mpfToDate);
        }

        return new StatutoryResult
        {
            EmployeeContributions = mpf.Employee,
            EmployerContributions = mpf.Employer,
            YearToDate = new JurisdictionYearToDate
            {
                Jurisdiction = JurisdictionCode,
                ThroughMonth = context.Period,
                Figures = new Dictionary<string, decimal> { [AssessableIncomeFigure] = incomeToDate, [MpfEmployeeFigure] = mpfToDate },
            },
        };
    }

    // The year's income projected as: paid so far plus this month's again for every month left in the year of
    // assessment (likewise MPF). An estimate for the employee's planning; the IRD's assessment decides.
    private void AddTaxEstimate(in StatutoryContext context, HongKongInput hk, decimal monthIncome, decimal incomeToDate, decimal monthMpf, decimal mpfToDate)
    {
        var year = HongKongParameters.YearOfAssessmentOf(context.Period.OnDayOfMonth(1));
        var figures = Figures.SalariesTax.FirstOrDefault(s => s.YearOfAssessment == year);
        if (figures is null)
        {
            return;
        }

        var monthsLeft = (15 - context.Period.Month) % 12;
        var input = new SalariesTaxInput(
            Math.Min(PayrollLimits.MaxAmount, incomeToDate + (monthIncome * monthsLeft)),
            Math.Min(PayrollLimits.MaxAmount, mpfToDate + (monthMpf * monthsLeft)),
            hk.OtherAnnualDeductions, hk.MarriedPersonAllowance, hk.Children, hk.ChildrenBornInYear, hk.SingleParentAllowance);
        var estimate = SalariesTaxCalculator.Estimate(figures, input);
        context.AddLine("HK_SALARIES_TAX_ESTIMATE", $"Salaries tax estimate {estimate.YearOfAssessment} (annual, not withheld)", PayslipLineKind.Info, estimate.TaxPayable,
            HongKongExplanations.TaxEstimate(estimate, figures), estimate.YearOfAssessment);
    }

    internal static PayPolicy LoadPolicy(string resource, string name)
    {
        using var stream = typeof(HongKongPack).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"HrKit.Payroll has no embedded resource {resource}.");
        return PayPolicyLoader.Load(stream, name);
    }
}
