using System.Collections.Frozen;
using HrKit.Payroll.Engine;
using HrKit.Payroll.Engine.Explanations;
using HrKit.Payroll.Jurisdictions.China.Explanations;
using HrKit.Payroll.Localization;
using HrKit.Payroll.Model;
using HrKit.Payroll.Policies;

namespace HrKit.Payroll.Jurisdictions.China;

/// <summary>
/// China mainland (<c>CN</c>): social insurance and housing fund by city from a dated <see cref="ContributionTable"/>,
/// individual income tax by cumulative withholding (国家税务总局公告2018年第61号) and separate taxation of an annual
/// one-time bonus (财税〔2018〕164号). Reads the China fields of <see cref="EmployeeMonthInput"/> (city, contribution
/// bases, special additional deductions, <see cref="TaxYearToDate"/>) and keeps its state in <see cref="TaxYearToDate"/>.
/// </summary>
public sealed partial class ChinaMainlandPack : JurisdictionPack
{
    /// <summary>The jurisdiction code, <c>CN</c>; the default of <see cref="EmployeeMonthInput.Jurisdiction"/>.</summary>
    public const string JurisdictionCode = "CN";

    // Keyed by reference: the items of this pack's table, whose line codes and names are built once.
    private readonly FrozenDictionary<ContributionItem, ContributionLabels> _itemLabels;

    /// <summary>Creates the pack over a contribution table and the built-in minimum wages.</summary>
    public ChinaMainlandPack(ContributionTable contributions)
        : this(contributions, MinimumWageTable.BuiltIn)
    {
    }

    /// <summary>Creates the pack over a contribution table and a minimum wage table (docs/payroll-china.md, "Minimum wage").</summary>
    /// <exception cref="ArgumentNullException"><paramref name="contributions"/> or <paramref name="minimumWages"/> is null.</exception>
    public ChinaMainlandPack(ContributionTable contributions, MinimumWageTable minimumWages)
        : base(JurisdictionCode, "China mainland", "CNY")
    {
        MinimumWages = minimumWages ?? throw new ArgumentNullException(nameof(minimumWages));
        Contributions = contributions ?? throw new ArgumentNullException(nameof(contributions));
        IEqualityComparer<ContributionItem> byReference = ReferenceEqualityComparer.Instance;
        _itemLabels = contributions.Schedules.SelectMany(s => s.Items).Distinct(byReference)
            .ToFrozenDictionary(item => item, item => new ContributionLabels(item), byReference);
    }

    /// <summary>The pack over the built-in contribution table.</summary>
    public static ChinaMainlandPack BuiltIn => BuiltInPack.Value;

    private static readonly Lazy<ChinaMainlandPack> BuiltInPack = new(() => new ChinaMainlandPack(ContributionTable.BuiltIn));

    /// <summary>The social insurance and housing fund table in force.</summary>
    public ContributionTable Contributions { get; }

    /// <summary>The minimum wages a full payslip is checked against (line <c>MINIMUM_WAGE_SHORTFALL</c>).</summary>
    public MinimumWageTable MinimumWages { get; }

    /// <summary>The built-in China mainland standard policy (<see cref="PayPolicy.ChinaStandard"/>).</summary>
    public override PayPolicy DefaultPolicy => PayPolicy.ChinaStandard;

    internal override TextExplanation AnnualBonusText(EmployeeMonthInput input) =>
        input.AnnualBonusTaxMethod == AnnualBonusTaxMethod.Separate ? InputTexts.SeparateBonus : InputTexts.MergedBonus;

    /// <summary>Individual income tax parameters (basic deductions, the annual and monthly-converted tables), dated with their legal sources.</summary>
    public override ParameterSet Parameters => ChinaParameters.BuiltIn;

    /// <inheritdoc />
    public override void Validate(EmployeeMonthInput input, JurisdictionInput? jurisdictionInput)
    {
        ArgumentNullException.ThrowIfNull(input);
        ChinaInputValidator.Validate(input);
    }

    /// <summary>Social insurance and housing fund, then individual income tax (and the annual bonus taxed separately).</summary>
    /// <exception cref="PayrollInputException">The city is unknown, no schedule covers the month, or the housing fund rate is outside the city's range.</exception>
    public override StatutoryResult Calculate(in StatutoryContext context)
    {
        var input = context.Input;
        var lines = context.Lines;
        var (schedule, carryForward) = FindSchedule(input);

        // Social insurance and housing fund.
        var siRequested = input.SocialInsuranceBase ?? context.PolicyContributionBase();
        var (employeeContributions, employerContributions) = Contribute(input, schedule, siRequested, lines);
        if (carryForward is not null)
        {
            lines?.Add(new PayslipLine("CONTRIBUTIONS_PROVISIONAL", "Contributions provisional", PayslipLineKind.Info, 0m, new MessageExplanation(ChinaMessages.CarryForward(carryForward))));
        }

        // Minimum wage (issue 13): flagged on full payslips only; the summary path has no lines to tell normal pay apart.
        if (lines is not null && PayslipMinimumWage.Check(input, lines, context.GrossPay, employeeContributions, MinimumWages) is { } shortfall)
        {
            lines.Add(new PayslipLine(PayslipMinimumWage.LineCode, "Below the minimum wage", PayslipLineKind.Info, shortfall.Shortfall, new MessageExplanation(ChinaMessages.MinimumWageShortfall(shortfall))));
        }

        // Individual income tax.
        var bonus = context.AnnualBonus;
        var taxFree = context.TaxFreeEarnings;
        var wageIncome = FastDecimal.Add(FastDecimal.Subtract(FastDecimal.Add(context.TaxableEarnings, taxFree), context.PreTaxDeductions),
            input.AnnualBonusTaxMethod == AnnualBonusTaxMethod.Merged ? bonus : 0m);
        var previous = input.YearToDate is { ThroughMonth: { } through } ytd && through.Year == input.Period.Year ? ytd : TaxYearToDate.Empty;
        var withholding = CumulativeWithholding.Calculate(input.Period, previous,
            new CumulativeWithholdingInput(wageIncome, taxFree, employeeContributions, input.SpecialAdditionalDeductions.Total, input.OtherTaxDeductions),
            input.PriorYearIncomeAtMost60000);
        lines?.Add(new PayslipLine("IIT", "Individual income tax", PayslipLineKind.Tax, withholding.TaxThisMonth, new WithholdingExplanation(withholding, previous)));
        var bonusTax = 0m;
        if (FastDecimal.IsPositive(bonus) && input.AnnualBonusTaxMethod == AnnualBonusTaxMethod.Separate)
        {
            var (tax, bracket) = AnnualBonusTax.Calculate(bonus);
            bonusTax = tax;
            lines?.Add(new PayslipLine("IIT_BONUS", "Income tax on annual bonus", PayslipLineKind.Tax, tax, new BonusTaxExplanation(bonus, bracket, tax)));
        }

        return new StatutoryResult
        {
            EmployeeContributions = employeeContributions,
            EmployerContributions = employerContributions,
            WageTax = withholding.TaxThisMonth,
            BonusTax = bonusTax,
            ChinaYearToDate = withholding.YearToDate,
            ProvisionalContributions = carryForward,
        };
    }

    private (CityContributionSchedule Schedule, ContributionCarryForward? CarryForward) FindSchedule(EmployeeMonthInput input)
    {
        var schedule = Contributions.Find(input.City, input.Period);
        return schedule is not null ? (schedule, null) : CarryForwardOrThrow(input.EmployeeId, input.City, input.Period);
    }

    // A month after the city's last schedule is paid on it, marked provisional; anything else is an input error.
    // Kept out of FindSchedule so that the common path (a published schedule) allocates nothing.
    private (CityContributionSchedule, ContributionCarryForward?) CarryForwardOrThrow(string employeeId, string city, NodaTime.YearMonth period)
    {
        var lookup = Contributions.Lookup(city, period);
        return lookup.Coverage switch
        {
            ContributionCoverage.CarriedForward => (lookup.Schedule!, lookup.CarryForward),
            ContributionCoverage.UnknownCity => throw new PayrollInputException(employeeId, "city",
                new LocalText("Error.Input.CN.UnknownCity", city, string.Join(", ", Contributions.Cities.Order(StringComparer.Ordinal)))),
            _ => throw new PayrollInputException(employeeId, "period", lookup.Message),
        };
    }
}
