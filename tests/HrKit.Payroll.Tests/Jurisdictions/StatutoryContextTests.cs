using System.Collections.Immutable;
using HrKit.Payroll.Jurisdictions;
using HrKit.Payroll.Jurisdictions.HongKong;
using HrKit.Payroll.Jurisdictions.Singapore;
using HrKit.Payroll.Model;
using HrKit.Payroll.Policies;
using HrKit.Payroll.Policies.Formulas;
using NodaTime;

namespace HrKit.Payroll.Tests.Jurisdictions;

/// <summary>What a pack is handed: gross pay from the month's figures, the policy's numbers by name, its own input by type, lines only when wanted.</summary>
public sealed class StatutoryContextTests
{
    private static readonly EmployeeMonthInput Input = new() { EmployeeId = "E1", Period = new YearMonth(2025, 4), Jurisdiction = "HK", BaseSalary = 20_000m };

    // Taxable 20 000, tax-free 500, deductions 1 200, bonus 3 000.
    private static readonly GrossFigures Gross = new(20_000m, 500m, 1_200m, 3_000m);

    private static StatutoryContext Context(ImmutableArray<PayslipLine>.Builder? lines, JurisdictionInput? own = null, decimal baseSalary = 20_000m)
    {
        var policy = PayPolicy.ChinaStandard;
        var numbers = new decimal[policy.NumberSlots];
        numbers[0] = baseSalary; // base_salary, the first built-in number
        return new StatutoryContext(Input, own, null, policy, new FormulaScope(numbers, ["A", "Hong Kong", "Sales"]), Gross, lines);
    }

    [Fact]
    public void GrossPay_TaxableAndTaxFreeAndBonusLessDeductions()
    {
        var context = Context(null);

        // 20 000 + 500 + 3 000 − 1 200 = 22 300.
        Assert.Equal(22_300m, context.GrossPay);
        Assert.Equal((20_000m, 500m, 1_200m, 3_000m), (context.TaxableEarnings, context.TaxFreeEarnings, context.PreTaxDeductions, context.AnnualBonus));
        Assert.Equal(("E1", new YearMonth(2025, 4)), (context.EmployeeId, context.Period));
    }

    [Fact]
    public void TryGetPolicyNumber_ANumber_ItsValue()
    {
        Assert.True(Context(null).TryGetPolicyNumber("base_salary", out var value));
        Assert.Equal(20_000m, value);
    }

    [Theory]
    [InlineData("city")]        // a text, not a number
    [InlineData("no_such_name")]
    [InlineData(null)]
    public void TryGetPolicyNumber_NotANumberOfThePolicy_FalseAndZero(string? name)
    {
        Assert.False(Context(null).TryGetPolicyNumber(name!, out var value));
        Assert.Equal(0m, value);
    }

    [Fact]
    public void AddLine_LinesWanted_Added()
    {
        var lines = ImmutableArray.CreateBuilder<PayslipLine>();
        var context = Context(lines);
        var explanation = new StatutoryExplanation("Levy", "", [], 1m);

        context.AddLine("A", "Levy", PayslipLineKind.EmployerContribution, 1m, explanation);
        context.AddLine(new PayslipLine("B", "Fee", PayslipLineKind.Deduction, 2m, explanation));

        Assert.True(context.WantsLines);
        Assert.Equal([("A", 1m), ("B", 2m)], lines.Select(l => (l.Code, l.Amount)));
    }

    [Fact]
    public void AddLine_WithANameArgument_KeepsItOnTheLine()
    {
        var lines = ImmutableArray.CreateBuilder<PayslipLine>();

        Context(lines).AddLine("PF", "Line.Pension", PayslipLineKind.Deduction, 3m, new StatutoryExplanation("Pension", "", [], 3m), "Shanghai");

        var line = Assert.Single(lines);
        Assert.Equal(("PF", 3m, "Shanghai"), (line.Code, line.Amount, line.NameArgument));
    }

    [Fact]
    public void PolicyContributionBase_ThePolicysFormulaRoundedToTheFenAwayFromZero()
    {
        // China standard policy: socialInsuranceBase = base_salary + allowances_total (0 here).
        Assert.Equal(20_000m, Context(null).PolicyContributionBase());
        Assert.Equal(12_345.68m, Context(null, baseSalary: 12_345.675m).PolicyContributionBase());
        Assert.Equal(12_345.67m, Context(null, baseSalary: 12_345.6749m).PolicyContributionBase());
    }

    [Fact]
    public void AddLine_LinesNotWanted_Nothing()
    {
        var context = Context(null);

        context.AddLine("A", "Levy", PayslipLineKind.EmployerContribution, 1m, new StatutoryExplanation("Levy", "", [], 1m));
        context.AddLine(new PayslipLine("B", "Fee", PayslipLineKind.Deduction, 2m, new StatutoryExplanation("Fee", "", [], 2m)));

        Assert.False(context.WantsLines);
        Assert.Null(context.Lines);
    }

    [Fact]
    public void AddLine_NullLine_ThrowsArgumentNull() =>
        Assert.Equal("line", Assert.Throws<ArgumentNullException>(() => Context(null).AddLine(null!)).ParamName);

    [Fact]
    public void JurisdictionInputAs_NoneOrItsType()
    {
        var own = new HongKongInput { Children = 2 };

        Assert.Null(Context(null).JurisdictionInputAs<HongKongInput>());
        Assert.Same(own, Context(null, own).JurisdictionInputAs<HongKongInput>());
    }

    [Fact]
    public void JurisdictionInputAs_AnotherPacksType_InputErrorNamingBoth()
    {
        var error = Assert.Throws<PayrollInputException>(() => Context(null, new SingaporeInput { Residency = CpfResidency.Citizen, DateOfBirth = new LocalDate(1990, 1, 1) }).JurisdictionInputAs<HongKongInput>());

        Assert.Equal("jurisdictionInput", error.Field);
        Assert.Equal("Employee 'E1', jurisdictionInput: is a SingaporeInput, but the HK pack takes a HongKongInput.", error.Message);
    }
}
