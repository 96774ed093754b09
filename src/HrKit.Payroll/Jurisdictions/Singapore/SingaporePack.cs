using System.Text.Json;
using HrKit.Payroll.Jurisdictions.HongKong;
using HrKit.Payroll.Localization;
using HrKit.Payroll.Model;
using HrKit.Payroll.Policies;

namespace HrKit.Payroll.Jurisdictions.Singapore;

/// <summary>
/// Singapore (<c>SG</c>): CPF contributions by rate table (citizenship / SPR year and option) and age group, with the
/// Ordinary and Additional Wage ceilings and the CPF Board's rounding, and the Skills Development Levy as an employer
/// cost. Ordinary Wages are the month's gross pay without <c>annualBonus</c>; Additional Wages are <c>annualBonus</c>.
/// No tax is withheld (IRAS assesses residents' income tax after the year). Input: <see cref="SingaporeInput"/>.
/// Year-to-date state (calendar year): <c>cpfOrdinaryWages</c> and <c>cpfAdditionalWages</c>, the wages subjected to
/// CPF so far, for the AW ceiling.
/// </summary>
public sealed class SingaporePack : JurisdictionPack
{
    /// <summary>The jurisdiction code, <c>SG</c>.</summary>
    public const string JurisdictionCode = "SG";

    /// <summary>Year-to-date figure: Ordinary Wages subjected to CPF so far in the year.</summary>
    public const string OrdinaryWagesFigure = "cpfOrdinaryWages";

    /// <summary>Year-to-date figure: Additional Wages subjected to CPF so far in the year.</summary>
    public const string AdditionalWagesFigure = "cpfAdditionalWages";

    private static readonly Lazy<SingaporePack> BuiltInPack = new(() => new SingaporePack(SingaporeParameters.BuiltIn));

    private readonly Lazy<PayPolicy> _policy = new(() => HongKongPack.LoadPolicy("HrKit.Payroll.Jurisdictions.Singapore.Data.singapore-standard-policy.json", "singapore-standard-policy.json"));

    private readonly Lazy<ParameterSet> _parameters;

    /// <summary>Creates the pack over a set of figures.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="figures"/> is null.</exception>
    public SingaporePack(SingaporeParameters figures)
        : base(JurisdictionCode, "Singapore", "SGD")
    {
        Figures = figures ?? throw new ArgumentNullException(nameof(figures));
        _parameters = new(figures.ToParameterSet);
    }

    /// <summary>The pack over the built-in figures.</summary>
    public static SingaporePack BuiltIn => BuiltInPack.Value;

    /// <summary>The CPF and SDL figures in force.</summary>
    public SingaporeParameters Figures { get; }

    /// <summary>The Singapore standard policy: basic salary, allowances, overtime at 1.5 × the Employment Act's hourly basic rate, no-pay leave.</summary>
    public override PayPolicy DefaultPolicy => _policy.Value;

    /// <summary>The figures as named dated series with their legal sources (built once).</summary>
    public override ParameterSet? Parameters => _parameters.Value;

    /// <inheritdoc />
    public override JurisdictionInput ReadInput(JsonElement json, string employeeId) => SingaporeInput.Read(json, employeeId);

    /// <inheritdoc />
    public override void Validate(EmployeeMonthInput input, JurisdictionInput? jurisdictionInput)
    {
        ArgumentNullException.ThrowIfNull(input);
        RejectChinaOnlyFields(input);
        if (jurisdictionInput is not SingaporeInput sg)
        {
            throw new PayrollInputException(input.EmployeeId, "jurisdictionInput",
                jurisdictionInput is null ? new LocalText("Error.SG.InputMissing") : new LocalText("Error.SG.InputType", jurisdictionInput.GetType().Name));
        }

        if (sg.Residency == CpfResidency.PermanentResident)
        {
            if (sg.SprStart is not { } start)
            {
                throw new PayrollInputException(input.EmployeeId, "jurisdictionInput.sprStart", new LocalText("Error.SG.SprStartMissing"));
            }

            if (input.Period < new NodaTime.YearMonth(start.Year, start.Month))
            {
                throw new PayrollInputException(input.EmployeeId, "jurisdictionInput.sprStart", new LocalText("Error.SG.SprStartAfterMonth", start, input.Period));
            }
        }

        if (sg.DateOfBirth.Year < 1900 || new NodaTime.YearMonth(sg.DateOfBirth.Year, sg.DateOfBirth.Month) > input.Period)
        {
            throw new PayrollInputException(input.EmployeeId, "jurisdictionInput.dateOfBirth", new LocalText("Error.SG.DateOfBirth", sg.DateOfBirth, input.Period));
        }
    }

    /// <summary>CPF (employee and employer) and SDL.</summary>
    /// <exception cref="PayrollInputException">No CPF or SDL figures cover the month.</exception>
    public override StatutoryResult Calculate(in StatutoryContext context)
    {
        var sg = context.JurisdictionInputAs<SingaporeInput>()!;
        var period = context.Period;
        var day = period.OnDayOfMonth(1);
        var sdlFigures = Figures.Sdl.FirstOrDefault(s => s.Covers(day))
            ?? throw new PayrollInputException(context.EmployeeId, "period", new LocalText("Error.SG.NoSdlFigures", period));
        var sdl = SkillsDevelopmentLevy.ForEmployee(sdlFigures, context.GrossPay);
        if (sg.Residency == CpfResidency.Foreigner)
        {
            context.AddLine("SDL", "Skills Development Levy", PayslipLineKind.EmployerContribution, sdl, SingaporeExplanations.Sdl(context.GrossPay, sdl, sdlFigures));
            return new StatutoryResult { EmployerContributions = sdl };
        }

        var cpfFigures = Figures.Cpf.FirstOrDefault(c => c.Covers(day))
            ?? throw new PayrollInputException(context.EmployeeId, "period", new LocalText("Error.SG.NoCpfFigures", period));
        var rate = cpfFigures.RateFor(CpfRateTables.For(sg.Residency, sg.SprStart, sg.SprRateOption, period), CpfAgeBands.For(sg.DateOfBirth, period));
        if (context.AnnualBonus > 0m && context.YearToDate is null && sg.OrdinaryWagesForYear is null && period.Month > 1
            && !(context.Input.HireDate is { } hired && hired.Year == period.Year))
        {
            // Without the year's earlier CPF wages the AW ceiling would be overstated and too much AW subjected.
            throw new PayrollInputException(context.EmployeeId, "jurisdictionYearToDate", new LocalText("Error.SG.YearToDateRequired", period));
        }

        var ytd = new CpfYearToDate(context.YearToDate?.Get(OrdinaryWagesFigure) ?? 0m, context.YearToDate?.Get(AdditionalWagesFigure) ?? 0m);
        var ordinaryWages = context.GrossPay - context.AnnualBonus;
        var cpf = CpfCalculator.Calculate(cpfFigures, rate, period, ordinaryWages, context.AnnualBonus, ytd, sg.OrdinaryWagesForYear);
        if (context.WantsLines)
        {
            context.AddLine("CPF_EE", "CPF contribution (employee)", PayslipLineKind.EmployeeContribution, cpf.Employee, SingaporeExplanations.EmployeeCpf(cpf, cpfFigures));
            context.AddLine("CPF_ER", "CPF contribution (employer)", PayslipLineKind.EmployerContribution, cpf.Employer, SingaporeExplanations.EmployerCpf(cpf, cpfFigures));
            context.AddLine("SDL", "Skills Development Levy", PayslipLineKind.EmployerContribution, sdl, SingaporeExplanations.Sdl(context.GrossPay, sdl, sdlFigures));
        }

        return new StatutoryResult
        {
            EmployeeContributions = cpf.Employee,
            EmployerContributions = cpf.Employer + sdl,
            YearToDate = new JurisdictionYearToDate
            {
                Jurisdiction = JurisdictionCode,
                ThroughMonth = period,
                Figures = new Dictionary<string, decimal>
                {
                    [OrdinaryWagesFigure] = cpf.YearToDate.OrdinaryWagesSubjectToCpf,
                    [AdditionalWagesFigure] = cpf.YearToDate.AdditionalWagesSubjectToCpf,
                },
            },
        };
    }
}
