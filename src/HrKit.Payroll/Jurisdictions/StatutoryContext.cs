using System.Collections.Immutable;
using HrKit.Payroll.Localization;
using HrKit.Payroll.Model;
using HrKit.Payroll.Policies;
using HrKit.Payroll.Policies.Formulas;
using NodaTime;

namespace HrKit.Payroll.Jurisdictions;

/// <summary>
/// What the engine hands a pack for one employee-month, after the pay policy has run: the input, the pack's own
/// input and year-to-date state, the month's gross figures, and where to put the pack's payslip lines. A ref struct:
/// it lives on the stack for one <see cref="JurisdictionPack.Calculate"/> call, so the bulk path allocates nothing for it.
/// </summary>
public readonly ref struct StatutoryContext
{
    private readonly FormulaScope _scope;
    private readonly ImmutableArray<PayslipLine>.Builder? _lines;

    internal StatutoryContext(
        EmployeeMonthInput input,
        JurisdictionInput? jurisdictionInput,
        JurisdictionYearToDate? yearToDate,
        PayPolicy policy,
        FormulaScope scope,
        in GrossFigures gross,
        ImmutableArray<PayslipLine>.Builder? lines)
    {
        Input = input;
        JurisdictionInput = jurisdictionInput;
        YearToDate = yearToDate;
        Policy = policy;
        _scope = scope;
        TaxableEarnings = gross.TaxableEarnings;
        TaxFreeEarnings = gross.TaxFreeEarnings;
        PreTaxDeductions = gross.PreTaxDeductions;
        AnnualBonus = gross.AnnualBonus;
        _lines = lines;
    }

    /// <summary>The employee-month, validated by the engine and by the pack's <see cref="JurisdictionPack.Validate"/>.</summary>
    public EmployeeMonthInput Input { get; }

    /// <summary>The employee.</summary>
    public string EmployeeId => Input.EmployeeId;

    /// <summary>The pay month.</summary>
    public YearMonth Period => Input.Period;

    /// <summary>The pack's own input, as its <see cref="JurisdictionPack.ReadInput"/> returned it (or as the host set it); null when none was given.</summary>
    public JurisdictionInput? JurisdictionInput { get; }

    /// <summary>
    /// The pack's state through the previous month, when the input carries one of this tax year
    /// (<see cref="JurisdictionPack.TaxYearStart"/>); null at the start of a tax year or of employment.
    /// </summary>
    public JurisdictionYearToDate? YearToDate { get; }

    /// <summary>The pay policy the employee was paid under.</summary>
    public PayPolicy Policy { get; }

    /// <summary>Taxable earnings of the month: the policy's taxable earnings plus <c>otherEarnings</c>, before pre-tax deductions; excludes the annual bonus.</summary>
    public decimal TaxableEarnings { get; }

    /// <summary>Tax-free earnings: the policy's tax-free earnings plus <c>taxFreeIncome</c>.</summary>
    public decimal TaxFreeEarnings { get; }

    /// <summary>The policy's pre-tax (attendance) deductions, already capped at its earnings.</summary>
    public decimal PreTaxDeductions { get; }

    /// <summary>The <c>annualBonus</c> paid this month (0 when none).</summary>
    public decimal AnnualBonus { get; }

    /// <summary>Gross pay: taxable and tax-free earnings plus the annual bonus, less pre-tax deductions.</summary>
    public decimal GrossPay => TaxableEarnings + TaxFreeEarnings + AnnualBonus - PreTaxDeductions;

    /// <summary>Whether the caller wants payslip lines (false on the totals-only bulk path: build no explanation then).</summary>
    public bool WantsLines => _lines is not null;

    /// <summary>
    /// The value of the pay policy's <c>socialInsuranceBase</c> formula (the fixed monthly wage by default), rounded
    /// to 0.01: the usual base of contributions. Evaluated on each call.
    /// </summary>
    /// <exception cref="PayrollInputException">The formula fails or overflows for this employee.</exception>
    public decimal PolicyContributionBase() =>
        Money.RoundToFen(Engine.PayrollEngine.EvaluateFormula(EmployeeId, "socialInsuranceBase", Policy.SocialInsuranceBase, _scope));

    /// <summary>The value a policy component, parameter, custom input or built-in number had for this employee (e.g. <c>BASE</c>, <c>base_salary</c>).</summary>
    public bool TryGetPolicyNumber(string name, out decimal value)
    {
        if (name is not null && Policy.Symbols.TryGetValue(name, out var symbol) && symbol.Type == FormulaType.Number)
        {
            value = _scope.Numbers[symbol.Slot];
            return true;
        }

        value = 0m;
        return false;
    }

    /// <summary>The pack's input as <typeparamref name="T"/>, or null when none was given.</summary>
    /// <exception cref="PayrollInputException">The input is of another pack's type.</exception>
    public T? JurisdictionInputAs<T>()
        where T : JurisdictionInput => JurisdictionInput switch
        {
            null => null,
            T typed => typed,
            var other => throw new PayrollInputException(EmployeeId, "jurisdictionInput",
                new LocalText("Error.Input.PackInputType", other.GetType().Name, Input.Jurisdiction, typeof(T).Name)),
        };

    /// <summary>Adds a payslip line, when lines are wanted (<see cref="WantsLines"/>); otherwise does nothing.</summary>
    /// <param name="code">Stable line code, e.g. <c>MPF_EE</c>.</param>
    /// <param name="name">Human-readable name.</param>
    /// <param name="kind">What the line does to pay and cost.</param>
    /// <param name="amount">The amount, rounded as the rule states; deductions are positive.</param>
    /// <param name="explanation">Why, as data (usually a <see cref="StatutoryExplanation"/>).</param>
    public void AddLine(string code, string name, PayslipLineKind kind, decimal amount, LineExplanation explanation) =>
        _lines?.Add(new PayslipLine(code, name, kind, amount, explanation));

    /// <summary>Adds a line whose built-in name is a text with one value (a tax year, a category), so it can be shown in any language.</summary>
    internal void AddLine(string code, string name, PayslipLineKind kind, decimal amount, LineExplanation explanation, string nameArgument) =>
        _lines?.Add(new PayslipLine(code, name, kind, amount, explanation) { NameArgument = nameArgument });

    /// <summary>Adds a line the caller built (lines with a plain-text explanation).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="line"/> is null.</exception>
    public void AddLine(PayslipLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        _lines?.Add(line);
    }

    internal ImmutableArray<PayslipLine>.Builder? Lines => _lines;
}
