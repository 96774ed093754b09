using HrKit.Payroll.Jurisdictions.China;
using HrKit.Payroll.Model;
using NodaTime;
using RulesEngine.Models;

namespace HrKit.Benchmarks.Payroll;

/// <summary>
/// The baseline: the China standard policy's formulas written as a Microsoft RulesEngine workflow, the way a team using
/// the raw rules engine would write it. Intermediate values are GlobalParams (scoped parameters, each may use the
/// previous ones); every payslip line is a rule whose OutputExpression action returns its amount; each employee is one
/// <c>ExecuteAllRulesAsync</c> call with three inputs: <c>e</c> (the employee's month, flattened), <c>c</c> (the city's
/// contribution schedule, flattened and cached per city) and nothing else.
/// Same formulas as HrKit: base, allowances, overtime at 150/200/300 % of base/21.75/8, performance grade lookup,
/// learning bonus, unpaid leave at the daily rate, late deductions, each social insurance item and the housing fund with
/// its own base clamp and rounding (plus Beijing's 3-yuan medical), and cumulative withholding on the annual table.
/// Not reproduced: input validation, proration of partial months, the annual bonus, explanation strings.
/// </summary>
public sealed class RulesEnginePayroll
{
    public const string WorkflowName = "ChinaPayroll";

    private readonly global::RulesEngine.RulesEngine _engine;
    private readonly Dictionary<string, CityRates> _cities;

    public RulesEnginePayroll(ContributionTable table, YearMonth month)
    {
        _cities = table.Cities.ToDictionary(c => c, c => CityRates.From(table.Find(c, month)
            ?? throw new InvalidOperationException($"No schedule for {c} in {month}.")), StringComparer.OrdinalIgnoreCase);
        var settings = new ReSettings { CustomTypes = [typeof(Fn)] };
        _engine = new global::RulesEngine.RulesEngine([CreateWorkflow()], settings);
    }

    /// <summary>Pays one employee: one ExecuteAllRulesAsync; returns net pay (the other lines are in the rule results).</summary>
    public async ValueTask<RulesEngineSlip> CalculateAsync(EmployeeMonthInput input)
    {
        var facts = EmployeeFacts.From(input);
        var city = _cities[input.City];
        var results = await _engine.ExecuteAllRulesAsync(WorkflowName, new RuleParameter("e", facts), new RuleParameter("c", city)).ConfigureAwait(false);
        decimal gross = 0, iit = 0, net = 0, eeContributions = 0;
        foreach (var r in results)
        {
            if (!r.IsSuccess)
            {
                throw new InvalidOperationException($"Rule {r.Rule.RuleName} failed: {r.ExceptionMessage}");
            }

            switch (r.Rule.RuleName)
            {
                case "GROSS": gross = (decimal)r.ActionResult.Output; break;
                case "IIT": iit = (decimal)r.ActionResult.Output; break;
                case "NET_PAY": net = (decimal)r.ActionResult.Output; break;
                case "EMPLOYEE_CONTRIBUTIONS": eeContributions = (decimal)r.ActionResult.Output; break;
            }
        }

        return new RulesEngineSlip(gross, eeContributions, iit, net);
    }

    private static Workflow CreateWorkflow()
    {
        (string Name, string Expression)[] globals =
        [
            ("daily", "e.BaseSalary / 21.75m"),
            ("hourly", "daily / 8m"),
            ("base", "Fn.Fen(e.BaseSalary * e.Proration)"),
            ("allow", "Fn.Fen(e.AllowancesTotal * e.Proration)"),
            ("otWorkday", "Fn.Fen(e.OvertimeWorkday * hourly * 1.5m)"),
            ("otRestday", "Fn.Fen(e.OvertimeRestDay * hourly * 2.0m)"),
            ("otHoliday", "Fn.Fen(e.OvertimeHoliday * hourly * 3.0m)"),
            ("grade", "e.Grade == \"S\" ? 1.5m : e.Grade == \"A\" ? 1.2m : e.Grade == \"B\" ? 1.0m : e.Grade == \"C\" ? 0.6m : e.Grade == \"D\" ? 0m : 1m"),
            ("perf", "Fn.Fen(e.PerformanceBonusBase * grade)"),
            ("learning", "Fn.Fen(perf * e.LearningBonusFactor)"),
            ("unpaid", "Fn.Fen(e.UnpaidLeaveDays * daily)"),
            ("late", "Fn.Fen(e.LateCount * 50m)"),
            ("taxable", "base + allow + otWorkday + otRestday + otHoliday + perf + learning + e.OtherEarnings"),
            ("preTax", "unpaid + late"),
            ("gross", "taxable + e.TaxFreeIncome - preTax"),
            ("siBase", "e.HasSocialInsuranceBase ? e.SocialInsuranceBase : Fn.Fen(e.BaseSalary + e.AllowancesTotal)"),
            ("hfBase", "e.HasHousingFundBase ? e.HousingFundBase : siBase"),
            ("hfRate", "e.HasHousingFundRate ? e.HousingFundRate : c.HousingFundRate"),
            ("pensionBase", "Math.Min(Math.Max(siBase, c.PensionFloor), c.PensionCeiling)"),
            ("medicalBase", "Math.Min(Math.Max(siBase, c.MedicalFloor), c.MedicalCeiling)"),
            ("maternityBase", "Math.Min(Math.Max(siBase, c.MaternityFloor), c.MaternityCeiling)"),
            ("unemploymentBase", "Math.Min(Math.Max(siBase, c.UnemploymentFloor), c.UnemploymentCeiling)"),
            ("injuryBase", "Math.Min(Math.Max(siBase, c.InjuryFloor), c.InjuryCeiling)"),
            ("housingBase", "Math.Min(Math.Max(hfBase, c.HousingFundFloor), c.HousingFundCeiling)"),
            ("pensionEe", "Fn.Fen(pensionBase * c.PensionEmployee)"),
            ("pensionEr", "Fn.Fen(pensionBase * c.PensionEmployer)"),
            ("medicalEe", "Fn.Fen(medicalBase * c.MedicalEmployee) + c.MedicalEmployeeFixed"),
            ("medicalEr", "Fn.Fen(medicalBase * c.MedicalEmployer)"),
            ("maternityEr", "Fn.Fen(maternityBase * c.MaternityEmployer)"),
            ("unemploymentEe", "Fn.Fen(unemploymentBase * c.UnemploymentEmployee)"),
            ("unemploymentEr", "Fn.Fen(unemploymentBase * c.UnemploymentEmployer)"),
            ("injuryEr", "Fn.Fen(injuryBase * c.InjuryEmployer)"),
            ("housingEe", "Fn.Round(housingBase * hfRate, c.HousingFundDigits)"),
            ("housingEr", "Fn.Round(housingBase * hfRate, c.HousingFundDigits)"),
            ("eeContributions", "pensionEe + medicalEe + unemploymentEe + housingEe"),
            ("erContributions", "pensionEr + medicalEr + maternityEr + unemploymentEr + injuryEr + housingEr"),
            ("cumIncome", "e.YtdIncome + taxable + e.TaxFreeIncome - preTax"),
            ("cumTaxFree", "e.YtdTaxFreeIncome + e.TaxFreeIncome"),
            ("cumBasic", "e.PriorYearIncomeAtMost60000 ? Math.Max(e.YtdBasicDeduction, 60000m) : e.YtdBasicDeduction + 5000m"),
            ("cumSpecial", "e.YtdSpecialDeductions + eeContributions"),
            ("cumAdditional", "e.YtdSpecialAdditionalDeductions + e.SpecialAdditionalDeductions"),
            ("cumOther", "e.YtdOtherDeductions + e.OtherTaxDeductions"),
            ("cumTaxable", "Math.Max(0m, cumIncome - cumTaxFree - cumBasic - cumSpecial - cumAdditional - cumOther)"),
            ("cumTax", "Math.Max(0m, Fn.Fen(cumTaxable <= 36000m ? cumTaxable * 0.03m"
                + " : cumTaxable <= 144000m ? cumTaxable * 0.10m - 2520m"
                + " : cumTaxable <= 300000m ? cumTaxable * 0.20m - 16920m"
                + " : cumTaxable <= 420000m ? cumTaxable * 0.25m - 31920m"
                + " : cumTaxable <= 660000m ? cumTaxable * 0.30m - 52920m"
                + " : cumTaxable <= 960000m ? cumTaxable * 0.35m - 85920m"
                + " : cumTaxable * 0.45m - 181920m))"),
            ("iit", "Math.Max(0m, cumTax - e.YtdTaxWithheld)"),
            ("net", "gross - eeContributions - iit - e.PostTaxDeductions"),
        ];

        (string Rule, string Output)[] lines =
        [
            ("BASE", "base"), ("ALLOWANCES", "allow"), ("OT_WORKDAY", "otWorkday"), ("OT_RESTDAY", "otRestday"),
            ("OT_HOLIDAY", "otHoliday"), ("PERF_BONUS", "perf"), ("LEARNING_BONUS", "learning"), ("UNPAID_LEAVE", "unpaid"),
            ("LATE", "late"), ("PENSION_EE", "pensionEe"), ("PENSION_ER", "pensionEr"), ("MEDICAL_EE", "medicalEe"),
            ("MEDICAL_ER", "medicalEr"), ("MATERNITY_ER", "maternityEr"), ("UNEMPLOYMENT_EE", "unemploymentEe"),
            ("UNEMPLOYMENT_ER", "unemploymentEr"), ("WORK_INJURY_ER", "injuryEr"), ("HOUSING_FUND_EE", "housingEe"),
            ("HOUSING_FUND_ER", "housingEr"), ("GROSS", "gross"), ("EMPLOYEE_CONTRIBUTIONS", "eeContributions"),
            ("EMPLOYER_CONTRIBUTIONS", "erContributions"), ("IIT", "iit"), ("POST_TAX", "e.PostTaxDeductions"), ("NET_PAY", "net"),
        ];

        return new Workflow
        {
            WorkflowName = WorkflowName,
            GlobalParams = [.. globals.Select(g => new ScopedParam { Name = g.Name, Expression = g.Expression })],
            Rules = [.. lines.Select(l => new Rule
            {
                RuleName = l.Rule,
                RuleExpressionType = RuleExpressionType.LambdaExpression,
                Expression = "true",
                Actions = new RuleActions
                {
                    OnSuccess = new ActionInfo
                    {
                        Name = "OutputExpression",
                        Context = new Dictionary<string, object> { ["Expression"] = l.Output },
                    },
                },
            })],
        };
    }

    /// <summary>Helpers registered with ReSettings.CustomTypes: rounding half away from zero (四舍五入).</summary>
    public static class Fn
    {
        public static decimal Fen(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);

        public static decimal Round(decimal amount, int digits) => Math.Round(amount, digits, MidpointRounding.AwayFromZero);
    }

    /// <summary>The rule input: an employee's month flattened to properties an expression can read.</summary>
    public sealed class EmployeeFacts
    {
        public decimal BaseSalary { get; init; }
        public decimal AllowancesTotal { get; init; }
        public decimal Proration { get; init; }
        public decimal OvertimeWorkday { get; init; }
        public decimal OvertimeRestDay { get; init; }
        public decimal OvertimeHoliday { get; init; }
        public string? Grade { get; init; }
        public decimal PerformanceBonusBase { get; init; }
        public decimal LearningBonusFactor { get; init; }
        public decimal UnpaidLeaveDays { get; init; }
        public decimal LateCount { get; init; }
        public decimal OtherEarnings { get; init; }
        public decimal TaxFreeIncome { get; init; }
        public decimal PostTaxDeductions { get; init; }
        public decimal OtherTaxDeductions { get; init; }
        public bool HasSocialInsuranceBase { get; init; }
        public decimal SocialInsuranceBase { get; init; }
        public bool HasHousingFundBase { get; init; }
        public decimal HousingFundBase { get; init; }
        public bool HasHousingFundRate { get; init; }
        public decimal HousingFundRate { get; init; }
        public decimal SpecialAdditionalDeductions { get; init; }
        public bool PriorYearIncomeAtMost60000 { get; init; }
        public decimal YtdIncome { get; init; }
        public decimal YtdTaxFreeIncome { get; init; }
        public decimal YtdBasicDeduction { get; init; }
        public decimal YtdSpecialDeductions { get; init; }
        public decimal YtdSpecialAdditionalDeductions { get; init; }
        public decimal YtdOtherDeductions { get; init; }
        public decimal YtdTaxWithheld { get; init; }

        public static EmployeeFacts From(EmployeeMonthInput input)
        {
            var allowances = 0m;
            foreach (var amount in input.Allowances.Values)
            {
                allowances += amount;
            }

            var ytd = input.YearToDate is { ThroughMonth: { } through } y && through.Year == input.Period.Year ? y : TaxYearToDate.Empty;
            return new EmployeeFacts
            {
                BaseSalary = input.BaseSalary,
                AllowancesTotal = allowances,
                Proration = input.ProrationFactor ?? 1m,
                OvertimeWorkday = input.Overtime.Workday,
                OvertimeRestDay = input.Overtime.RestDay,
                OvertimeHoliday = input.Overtime.StatutoryHoliday,
                Grade = input.Performance.Grade,
                PerformanceBonusBase = input.Performance.BonusBase,
                LearningBonusFactor = input.Performance.LearningBonusFactor,
                UnpaidLeaveDays = input.Attendance.UnpaidLeaveDays,
                LateCount = input.Attendance.LateCount,
                OtherEarnings = input.OtherEarnings,
                TaxFreeIncome = input.TaxFreeIncome,
                PostTaxDeductions = input.PostTaxDeductions,
                OtherTaxDeductions = input.OtherTaxDeductions,
                HasSocialInsuranceBase = input.SocialInsuranceBase.HasValue,
                SocialInsuranceBase = input.SocialInsuranceBase.GetValueOrDefault(),
                HasHousingFundBase = input.HousingFundBase.HasValue,
                HousingFundBase = input.HousingFundBase.GetValueOrDefault(),
                HasHousingFundRate = input.HousingFundRate.HasValue,
                HousingFundRate = input.HousingFundRate.GetValueOrDefault(),
                SpecialAdditionalDeductions = input.SpecialAdditionalDeductions.Total,
                PriorYearIncomeAtMost60000 = input.PriorYearIncomeAtMost60000,
                YtdIncome = ytd.Income,
                YtdTaxFreeIncome = ytd.TaxFreeIncome,
                YtdBasicDeduction = ytd.BasicDeduction,
                YtdSpecialDeductions = ytd.SpecialDeductions,
                YtdSpecialAdditionalDeductions = ytd.SpecialAdditionalDeductions,
                YtdOtherDeductions = ytd.OtherDeductions,
                YtdTaxWithheld = ytd.TaxWithheld,
            };
        }
    }

    /// <summary>The rule input: a city's schedule for the month, one property per item field (missing items are zero).</summary>
    public sealed class CityRates
    {
        public decimal PensionFloor { get; init; }
        public decimal PensionCeiling { get; init; }
        public decimal PensionEmployee { get; init; }
        public decimal PensionEmployer { get; init; }
        public decimal MedicalFloor { get; init; }
        public decimal MedicalCeiling { get; init; }
        public decimal MedicalEmployee { get; init; }
        public decimal MedicalEmployer { get; init; }
        public decimal MedicalEmployeeFixed { get; init; }
        public decimal MaternityFloor { get; init; }
        public decimal MaternityCeiling { get; init; }
        public decimal MaternityEmployer { get; init; }
        public decimal UnemploymentFloor { get; init; }
        public decimal UnemploymentCeiling { get; init; }
        public decimal UnemploymentEmployee { get; init; }
        public decimal UnemploymentEmployer { get; init; }
        public decimal InjuryFloor { get; init; }
        public decimal InjuryCeiling { get; init; }
        public decimal InjuryEmployer { get; init; }
        public decimal HousingFundFloor { get; init; }
        public decimal HousingFundCeiling { get; init; }
        public decimal HousingFundRate { get; init; }
        public int HousingFundDigits { get; init; }

        public static CityRates From(CityContributionSchedule schedule)
        {
            ContributionItem? Item(string code) => schedule.Items.FirstOrDefault(i => i.Code == code);
            var pension = Item("PENSION");
            var medical = Item("MEDICAL");
            var maternity = Item("MATERNITY");
            var unemployment = Item("UNEMPLOYMENT");
            var injury = Item("WORK_INJURY");
            var housing = Item(ContributionItem.HousingFundCode);
            return new CityRates
            {
                PensionFloor = pension?.BaseFloor ?? 0m,
                PensionCeiling = pension?.BaseCeiling ?? 0m,
                PensionEmployee = pension?.EmployeeRate ?? 0m,
                PensionEmployer = pension?.EmployerRate ?? 0m,
                MedicalFloor = medical?.BaseFloor ?? 0m,
                MedicalCeiling = medical?.BaseCeiling ?? 0m,
                MedicalEmployee = medical?.EmployeeRate ?? 0m,
                MedicalEmployer = medical?.EmployerRate ?? 0m,
                MedicalEmployeeFixed = medical?.EmployeeFixed ?? 0m,
                MaternityFloor = maternity?.BaseFloor ?? 0m,
                MaternityCeiling = maternity?.BaseCeiling ?? 0m,
                MaternityEmployer = maternity?.EmployerRate ?? 0m,
                UnemploymentFloor = unemployment?.BaseFloor ?? 0m,
                UnemploymentCeiling = unemployment?.BaseCeiling ?? 0m,
                UnemploymentEmployee = unemployment?.EmployeeRate ?? 0m,
                UnemploymentEmployer = unemployment?.EmployerRate ?? 0m,
                InjuryFloor = injury?.BaseFloor ?? 0m,
                InjuryCeiling = injury?.BaseCeiling ?? 0m,
                InjuryEmployer = injury?.EmployerRate ?? 0m,
                HousingFundFloor = housing?.BaseFloor ?? 0m,
                HousingFundCeiling = housing?.BaseCeiling ?? 0m,
                HousingFundRate = housing?.EmployeeRate ?? 0m,
                HousingFundDigits = housing?.Rounding switch
                {
                    HrKit.Payroll.RoundingRule.Yuan => 0,
                    HrKit.Payroll.RoundingRule.Jiao => 1,
                    _ => 2,
                },
            };
        }
    }
}

/// <summary>The totals the baseline returns per employee.</summary>
public readonly record struct RulesEngineSlip(decimal GrossPay, decimal EmployeeContributions, decimal WageTax, decimal NetPay);
