using System.Text.Json;
using HrKit.Payroll.Jurisdictions;
using HrKit.Payroll.Model;
using HrKit.Payroll.Policies;
using NodaTime;

namespace HrKit.Payroll.Tests.Jurisdictions.Template;

/// <summary>
/// The template pack of docs/jurisdictions.md, for the fictional jurisdiction <c>ZZ</c> (an ISO 3166 user-assigned
/// code): social security at dated rates up to a monthly ceiling, and income tax withheld on the cumulative basis
/// over an April–March tax year. Copy it for a new pack: the law is in the parameter file, the pack only applies it.
/// </summary>
public sealed class TemplatePack : JurisdictionPack
{
    public const string JurisdictionCode = "ZZ";

    private readonly DatedSeries<decimal> _employeeRate;
    private readonly DatedSeries<decimal> _employerRate;
    private readonly DatedSeries<decimal> _ceiling;
    private readonly DatedSeries<TaxScale> _taxScale;

    public TemplatePack()
        : base(JurisdictionCode, "Template Republic", "XTS")
    {
        var assembly = typeof(TemplatePack).Assembly;
        Parameters = ParameterSetLoader.LoadEmbedded(assembly, "HrKit.Payroll.Tests.Jurisdictions.Template.template-parameters.json");
        using var policy = assembly.GetManifestResourceStream("HrKit.Payroll.Tests.Jurisdictions.Template.template-policy.json")!;
        DefaultPolicy = PayPolicyLoader.Load(policy, "template-policy.json");

        // Series are looked up once here; the hot path only walks a series' few dated values.
        _employeeRate = Parameters.Amount("socialSecurity.employeeRate");
        _employerRate = Parameters.Amount("socialSecurity.employerRate");
        _ceiling = Parameters.Amount("socialSecurity.monthlyCeiling");
        _taxScale = Parameters.Scale("incomeTax.annualScale");
    }

    /// <summary>One shared instance: a pack is immutable.</summary>
    public static TemplatePack Instance { get; } = new();

    public override PayPolicy DefaultPolicy { get; }

    public override ParameterSet Parameters { get; }

    /// <summary>The tax year starts in April.</summary>
    public override YearMonth TaxYearStart(YearMonth period) => new(period.Month >= 4 ? period.Year : period.Year - 1, 4);

    public override JurisdictionInput ReadInput(JsonElement json, string employeeId) =>
        ReadJson(json, TemplateJsonContext.Default.TemplateInput, employeeId);

    public override StatutoryResult Calculate(in StatutoryContext context)
    {
        var period = context.Period;
        var gross = context.GrossPay;

        // Social security: each side on the pay up to the ceiling, rounded to the cent.
        var ceiling = _ceiling.At(period);
        var employeeRate = _employeeRate.At(period);
        var employerRate = _employerRate.At(period);
        var contributionBase = Math.Min(gross, ceiling.Value);
        var employee = Money.RoundToFen(contributionBase * employeeRate.Value);
        var employer = Money.RoundToFen(contributionBase * employerRate.Value);
        if (context.WantsLines)
        {
            context.AddLine("SS_EE", "Social security (employee)", PayslipLineKind.EmployeeContribution, employee,
                new StatutoryExplanation("Social security, employee", "min(gross, ceiling) × rate",
                    [new("gross", gross), new("ceiling", ceiling.Value), new("rate", employeeRate.Value)], employee, employeeRate.Source));
            context.AddLine("SS_ER", "Social security (employer)", PayslipLineKind.EmployerContribution, employer,
                new StatutoryExplanation("Social security, employer", "min(gross, ceiling) × rate",
                    [new("gross", gross), new("ceiling", ceiling.Value), new("rate", employerRate.Value)], employer, employerRate.Source));
        }

        // Income tax, cumulative: the year's scale applied to pay to date annualised, for the months elapsed, less tax already paid.
        var state = context.YearToDate;
        var monthOfYear = ((period.Year - TaxYearStart(period).Year) * 12) + period.Month - 4 + 1;
        var taxablePay = (state?.Get("taxablePay") ?? 0m) + gross - employee;
        var taxPaid = state?.Get("taxPaid") ?? 0m;
        var exempt = context.JurisdictionInputAs<TemplateInput>()?.TaxExempt ?? false;
        var scale = _taxScale.At(period);
        var dueToDate = exempt ? taxPaid : Money.RoundToFen(scale.Value.Apply(taxablePay * 12m / monthOfYear) * monthOfYear / 12m);
        var tax = Math.Max(0m, dueToDate - taxPaid);
        if (context.WantsLines)
        {
            context.AddLine("INCOME_TAX", "Income tax", PayslipLineKind.Tax, tax,
                new StatutoryExplanation("Income tax, cumulative", exempt ? "exempt" : "scale(taxablePayToDate × 12 / month) × month / 12 − taxPaidToDate",
                    [new("taxablePayToDate", taxablePay), new("month", monthOfYear), new("taxPaidToDate", taxPaid)], tax, scale.Source));
        }

        return new StatutoryResult
        {
            EmployeeContributions = employee,
            EmployerContributions = employer,
            WageTax = tax,
            YearToDate = new JurisdictionYearToDate
            {
                Jurisdiction = Code,
                ThroughMonth = period,
                Figures = new Dictionary<string, decimal> { ["taxablePay"] = taxablePay, ["taxPaid"] = taxPaid + tax },
            },
        };
    }
}
