using System.Text.Json;
using HrKit.Payroll.Localization;
using HrKit.Payroll.Model;
using HrKit.Payroll.Policies;
using NodaTime;

namespace HrKit.Payroll.Jurisdictions.UnitedKingdom;

/// <summary>
/// United Kingdom (<c>GB</c>): PAYE income tax by tax code on the cumulative or week 1/month 1 basis
/// (<see cref="PayeCalculator"/>) and Class 1 National Insurance by category letter (<see cref="NationalInsuranceCalculator"/>),
/// with the tax year's parameters from <see cref="UkParameters"/>. Input: <see cref="UnitedKingdomInput"/>
/// (<c>jurisdictionInput</c>). Year-to-date state (<see cref="JurisdictionYearToDate"/>): <see cref="TaxablePayToDate"/>,
/// <see cref="TaxPaidToDate"/>, <see cref="EmployeeNicToDate"/>, <see cref="EmployerNicToDate"/>; the tax year starts in
/// April. A monthly record's period is the calendar month of a payday on or after the 6th (April = tax month 1).
/// Pay for PAYE and NICs is the taxable earnings plus the annual bonus less pre-tax deductions; tax-free earnings
/// are outside both. Not covered: directors' annual NICs, student loans, pensions, statutory payments.
/// </summary>
public sealed class UnitedKingdomPack : JurisdictionPack
{
    /// <summary>The jurisdiction code, <c>GB</c>.</summary>
    public const string JurisdictionCode = "GB";

    /// <summary>Year-to-date figure: taxable pay of the tax year, including previous employments when given.</summary>
    public const string TaxablePayToDate = "taxablePay";

    /// <summary>Year-to-date figure: tax deducted in the tax year (refunds subtracted).</summary>
    public const string TaxPaidToDate = "taxPaid";

    /// <summary>Year-to-date figure: employee National Insurance of the tax year (informational; NICs do not cumulate).</summary>
    public const string EmployeeNicToDate = "employeeNic";

    /// <summary>Year-to-date figure: employer National Insurance of the tax year (informational).</summary>
    public const string EmployerNicToDate = "employerNic";

    private static readonly LegalSource PayeSpecification = new(
        "HMRC, Specification for PAYE Tax Table Routines", "cumulative and week 1/month 1 calculations",
        "https://www.gov.uk/government/publications/payroll-technical-specifications-income-tax");

    private static readonly LegalSource NicGuide = new(
        "Social Security (Contributions) Regulations 2001 (SI 2001/1004)", "reg. 12(1), exact percentage method, a halfpenny or less disregarded",
        "https://www.gov.uk/hmrc-internal-manuals/national-insurance-manual/nim11002");

    private static readonly Lazy<UnitedKingdomPack> BuiltInPack = new(() => new UnitedKingdomPack(UkParameters.BuiltIn));
    private static readonly Lazy<PayPolicy> StandardPolicy = new(LoadStandardPolicy);

    private readonly Lazy<ParameterSet> _parameterSet;

    /// <summary>Creates the pack over <paramref name="parameters"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="parameters"/> is null.</exception>
    public UnitedKingdomPack(UkParameters parameters)
        : base(JurisdictionCode, "United Kingdom", "GBP")
    {
        TaxYears = parameters ?? throw new ArgumentNullException(nameof(parameters));
        _parameterSet = new(() => UkParameterSetBuilder.Build(parameters));
    }

    /// <summary>The pack over the built-in parameters (tax years 2024-25 and 2025-26).</summary>
    public static UnitedKingdomPack BuiltIn => BuiltInPack.Value;

    /// <summary>The tax years the pack knows.</summary>
    public UkParameters TaxYears { get; }

    /// <summary>
    /// The tax years as dated series with their sources, for reports: <c>paye.regulatoryLimitRate</c>,
    /// <c>paye.restOfUk.bands</c>, <c>paye.scotland.bands</c>, <c>paye.wales.bands</c> (scales of annual taxable pay),
    /// <c>nic.employerRate</c>, <c>nic.monthly.pt</c> (and <c>lel st fust izust ust aust vust uel</c>, weekly too),
    /// <c>nic.category.A.employeeMainRate</c>, <c>nic.category.A.employeeAdditionalRate</c> (each letter).
    /// </summary>
    public override ParameterSet Parameters => _parameterSet.Value;

    /// <summary>The built-in United Kingdom standard policy: salary, allowances, contractual overtime, unpaid leave.</summary>
    public override PayPolicy DefaultPolicy => StandardPolicy.Value;

    /// <summary>UK tax years start on 6 April: the tax year of a period from April on starts that April, before April the April before.</summary>
    public override YearMonth TaxYearStart(YearMonth period) => new(period.Month >= 4 ? period.Year : period.Year - 1, 4);

    /// <inheritdoc />
    public override JurisdictionInput ReadInput(JsonElement json, string employeeId) =>
        ReadJson(json, UkParametersJsonContext.Default.UnitedKingdomInput, employeeId);

    /// <summary>
    /// Refuses China-only fields; requires a <see cref="UnitedKingdomInput"/> with a valid tax code, a category
    /// letter of the tax year and, for weekly pay, a tax week; checks the year-to-date figures.
    /// </summary>
    /// <exception cref="PayrollInputException">A field is missing or invalid; <see cref="PayrollInputException.Field"/> is its JSON path, e.g. <c>jurisdictionInput.taxCode</c>.</exception>
    public override void Validate(EmployeeMonthInput input, JurisdictionInput? jurisdictionInput)
    {
        ArgumentNullException.ThrowIfNull(input);
        RejectChinaOnlyFields(input);
        var id = input.EmployeeId;
        if (jurisdictionInput is not UnitedKingdomInput uk)
        {
            throw new PayrollInputException(id, "jurisdictionInput", jurisdictionInput is null
                ? new LocalText("Error.GB.InputMissing")
                : new LocalText("Error.GB.InputType", jurisdictionInput.GetType().Name));
        }

        if (!TaxCode.Read(uk.TaxCode, out _, out var problem))
        {
            throw new PayrollInputException(id, "jurisdictionInput.taxCode", problem!);
        }

        var year = TaxYearOf(input, id);
        if (uk.NiCategory is not { Length: 1 } letter || !year.NationalInsurance.Categories.ContainsKey(char.ToUpperInvariant(letter[0])))
        {
            throw new PayrollInputException(id, "jurisdictionInput.niCategory",
                new LocalText("Error.GB.NiCategory", uk.NiCategory, year.TaxYear, string.Join(", ", year.NationalInsurance.Categories.Keys.Order())));
        }

        if (uk.PayFrequency == UkPayFrequency.Weekly && uk.TaxWeek is not (>= 1 and <= 54 or 56))
        {
            throw new PayrollInputException(id, "jurisdictionInput.taxWeek", new LocalText("Error.GB.TaxWeekRequired"));
        }

        if (uk.PayFrequency == UkPayFrequency.Monthly && uk.TaxWeek is not null)
        {
            throw new PayrollInputException(id, "jurisdictionInput.taxWeek", new LocalText("Error.GB.TaxWeekMonthly"));
        }

        if (input.JurisdictionYearToDate is { } ytd)
        {
            foreach (var name in (ReadOnlySpan<string>)[TaxablePayToDate, TaxPaidToDate, EmployeeNicToDate, EmployerNicToDate])
            {
                var value = ytd.Get(name);
                if (value < (name == TaxPaidToDate ? -PayrollLimits.MaxYearToDateAmount : 0m) || value > PayrollLimits.MaxYearToDateAmount)
                {
                    throw new PayrollInputException(id, $"jurisdictionYearToDate.figures.{name}", new LocalText("Error.GB.YearToDateBound", value, PayrollLimits.MaxYearToDateAmount));
                }
            }
        }
    }

    /// <summary>PAYE, then employee and employer National Insurance.</summary>
    /// <exception cref="PayrollInputException">No tax year covers the period, or the input is invalid (as <see cref="Validate"/> reports).</exception>
    public override StatutoryResult Calculate(in StatutoryContext context)
    {
        var input = context.Input;
        var uk = context.JurisdictionInputAs<UnitedKingdomInput>()
            ?? throw new PayrollInputException(context.EmployeeId, "jurisdictionInput", new LocalText("Error.GB.InputRequired"));
        var year = TaxYearOf(input, context.EmployeeId);
        var code = TaxCode.Parse(uk.TaxCode);
        if (uk.Week1Month1 && !code.NonCumulative)
        {
            code = code with { NonCumulative = true };
        }

        var period = uk.PayFrequency == UkPayFrequency.Weekly ? uk.TaxWeek ?? 1 : TaxMonth(input.Period);
        var pay = Math.Max(0m, context.TaxableEarnings + context.AnnualBonus - context.PreTaxDeductions);
        var previous = context.YearToDate;
        var paye = PayeCalculator.Calculate(year, new PayeInput(code, uk.PayFrequency, period, pay,
            previous?.Get(TaxablePayToDate) ?? 0m, previous?.Get(TaxPaidToDate) ?? 0m));
        var ni = NationalInsuranceCalculator.Calculate(year, uk.PayFrequency, uk.NiCategory[0], pay);
        if (context.WantsLines)
        {
            AddLines(context, year, code, paye, ni, pay, previous?.Get(TaxPaidToDate) ?? 0m);
        }

        return new StatutoryResult
        {
            EmployeeContributions = ni.Employee,
            EmployerContributions = ni.Employer,
            WageTax = paye.Tax,
            YearToDate = new JurisdictionYearToDate
            {
                Jurisdiction = JurisdictionCode,
                ThroughMonth = input.Period,
                Figures = new Dictionary<string, decimal>(4, StringComparer.Ordinal)
                {
                    [TaxablePayToDate] = paye.PayToDate,
                    [TaxPaidToDate] = paye.TaxToDate,
                    [EmployeeNicToDate] = (previous?.Get(EmployeeNicToDate) ?? 0m) + ni.Employee,
                    [EmployerNicToDate] = (previous?.Get(EmployerNicToDate) ?? 0m) + ni.Employer,
                },
            },
        };
    }

    /// <summary>The tax month (1 = April, 12 = March) of a payday on or after the 6th of <paramref name="period"/>.</summary>
    public static int TaxMonth(YearMonth period) => ((period.Month + 8) % 12) + 1;

    private UkTaxYearParameters TaxYearOf(EmployeeMonthInput input, string employeeId)
    {
        var payday = new LocalDate(input.Period.Year, input.Period.Month, 6);
        foreach (var year in TaxYears.TaxYears)
        {
            if (year.Contains(payday))
            {
                return year;
            }
        }

        throw new PayrollInputException(employeeId, "period",
            new LocalText("Error.GB.PeriodUnknown", input.Period, string.Join(", ", TaxYears.TaxYears.Select(y => y.TaxYear))));
    }

    private static void AddLines(in StatutoryContext context, UkTaxYearParameters year, TaxCode code, in PayeResult paye, in NationalInsuranceResult ni, decimal pay, decimal taxPaidBefore)
    {
        context.AddLine("PAYE", "Income tax (PAYE)", PayslipLineKind.Tax, paye.Tax, UnitedKingdomExplanations.Paye(year, code, paye, pay, taxPaidBefore, PayeSpecification));
        var category = year.NationalInsurance.Categories[ni.Category];
        var thresholds = year.NationalInsurance.For(context.Input.JurisdictionInput is UnitedKingdomInput { PayFrequency: UkPayFrequency.Weekly } ? UkPayFrequency.Weekly : UkPayFrequency.Monthly);
        context.AddLine("NI_EE", $"National Insurance (employee, category {ni.Category})", PayslipLineKind.EmployeeContribution, ni.Employee,
            UnitedKingdomExplanations.EmployeeNi(year, category, thresholds, ni, pay, NicGuide), ni.Category.ToString());
        context.AddLine("NI_ER", $"National Insurance (employer, category {ni.Category})", PayslipLineKind.EmployerContribution, ni.Employer,
            UnitedKingdomExplanations.EmployerNi(year, category, thresholds, ni, pay, NicGuide), ni.Category.ToString());
    }

    private static PayPolicy LoadStandardPolicy()
    {
        const string resource = "HrKit.Payroll.Jurisdictions.UnitedKingdom.Data.uk-standard-policy.json";
        using var stream = typeof(UnitedKingdomPack).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"HrKit.Payroll has no embedded resource {resource}.");
        return PayPolicyLoader.Load(stream, "uk-standard-policy.json");
    }
}
