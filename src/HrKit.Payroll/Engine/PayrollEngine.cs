using System.Collections.Frozen;
using System.Collections.Immutable;
using HrKit.Payroll.Diagnostics;
using HrKit.Payroll.Engine.Explanations;
using HrKit.Payroll.Jurisdictions;
using HrKit.Payroll.Jurisdictions.China;
using HrKit.Payroll.Localization;
using HrKit.Payroll.Model;
using HrKit.Payroll.Policies;
using HrKit.Payroll.Policies.Formulas;

namespace HrKit.Payroll.Engine;

/// <summary>
/// Pays employees for a month: each under the pay policy and the jurisdiction pack of its <c>jurisdiction</c>
/// (China mainland by default), so one run may mix jurisdictions. Order per employee: policy components (earnings,
/// pre-tax deductions) → the pack's statutory items (for China mainland: social insurance and housing fund, then
/// individual income tax by cumulative withholding and the annual bonus) → post-tax deductions → net pay.
/// Immutable and thread-safe; build one with <see cref="PayrollEngineBuilder"/> and reuse it.
/// </summary>
/// <remarks>
/// Not sealed, with virtual members and a protected constructor, so that a host's unit tests can replace it with a
/// mock, as the Azure SDK clients allow. Everything HrKit builds comes from <see cref="PayrollEngineBuilder"/>.
/// </remarks>
public partial class PayrollEngine
{
    internal PayrollEngine(JurisdictionRegistry jurisdictions, IReadOnlyDictionary<string, PayPolicy> policies, int maxDegreeOfParallelism, int batchSize)
    {
        Jurisdictions = jurisdictions;
        MaxDegreeOfParallelism = maxDegreeOfParallelism;
        BatchSize = batchSize;
        _lanes = jurisdictions.Packs.ToFrozenDictionary(p => p.Code, p => new JurisdictionLane(p, policies[p.Code]), StringComparer.OrdinalIgnoreCase);
        _defaultLane = _lanes.GetValueOrDefault(EmployeeMonthInput.DefaultJurisdiction);
        Policy = _defaultLane?.Policy ?? PayPolicy.ChinaStandard;
        Contributions = (_defaultLane?.Pack as ChinaMainlandPack)?.Contributions ?? ContributionTable.BuiltIn;
    }

    /// <summary>Where bulk runs count payslips: the host's meter when built by <c>AddHrKitPayroll</c>, else the process-wide one.</summary>
    internal PayrollMetrics Metrics { get; init; } = PayrollTelemetry.Metrics;

    /// <summary>For mocking only: an engine with no policy, whose members a test double must override.</summary>
    protected PayrollEngine()
    {
        Jurisdictions = null!;
        Policy = null!;
        Contributions = null!;
        _lanes = FrozenDictionary<string, JurisdictionLane>.Empty;
    }

    private readonly FrozenDictionary<string, JurisdictionLane> _lanes;

    // China mainland, the jurisdiction of a record that names none: found without hashing the code.
    private readonly JurisdictionLane? _defaultLane;

    /// <summary>The pay policy of China mainland (<c>CN</c>), the default jurisdiction.</summary>
    public virtual PayPolicy Policy { get; }

    /// <summary>The social insurance and housing fund table of the China mainland pack.</summary>
    public virtual ContributionTable Contributions { get; }

    /// <summary>The jurisdiction packs this engine pays, by code.</summary>
    public virtual JurisdictionRegistry Jurisdictions { get; }

    /// <summary>Threads used by the bulk methods.</summary>
    public virtual int MaxDegreeOfParallelism { get; }

    /// <summary>Records computed per parallel batch by the bulk methods.</summary>
    public virtual int BatchSize { get; }

    /// <summary>The pay policy employees of <paramref name="jurisdiction"/> are paid under.</summary>
    /// <exception cref="ArgumentException">No pack of that code is registered.</exception>
    public virtual PayPolicy PolicyFor(string jurisdiction) =>
        jurisdiction is not null && _lanes.TryGetValue(jurisdiction, out var lane)
            ? lane.Policy
            : throw new ArgumentException($"No jurisdiction pack '{jurisdiction}' is registered (known: {string.Join(", ", Jurisdictions.Codes)}).", nameof(jurisdiction));

    /// <summary>Pays one employee for one month, with every line and its explanation (formatted on first read).</summary>
    /// <exception cref="PayrollInputException">
    /// The input is invalid or out of bounds, a policy formula fails or overflows for it, or its gross pay would be
    /// negative; the exception names the field or the component.
    /// </exception>
    public virtual Payslip Calculate(EmployeeMonthInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var lines = Scratch.Lines();
        var s = Compute(input, lines);
        return new Payslip
        {
            EmployeeId = input.EmployeeId,
            Name = input.Name,
            Department = input.Department,
            Period = input.Period,
            Jurisdiction = s.Jurisdiction,
            Lines = lines.ToImmutable(),
            GrossPay = s.GrossPay,
            EmployeeContributions = s.EmployeeContributions,
            WageTax = s.WageTax,
            BonusTax = s.BonusTax,
            PostTaxDeductions = s.PostTaxDeductions,
            NetPay = s.NetPay,
            EmployerContributions = s.EmployerContributions,
            EmployerCost = s.EmployerCost,
            YearToDate = s.YearToDate,
            JurisdictionYearToDate = s.JurisdictionYearToDate,
            ProvisionalContributions = s.ProvisionalContributions,
        };
    }

    /// <summary>
    /// Pays one employee for one month, totals only: the same computation as <see cref="Calculate"/> without lines
    /// or explanations, allocating only the year-to-date state.
    /// </summary>
    /// <exception cref="PayrollInputException">The input is invalid; the exception names the field.</exception>
    public virtual PayslipSummary CalculateSummary(EmployeeMonthInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return Compute(input, null);
    }

    // The one payroll computation. With lines == null it builds no strings: the bulk totals path stays allocation-free
    // apart from the year-to-date record. Inputs are bounded by validation (PayrollLimits) and every formula result
    // is bounded, so nothing below can overflow; the catch is the last line of defence that keeps an arithmetic
    // failure an error for this record rather than an exception out of a bulk run.
    private PayslipSummary Compute(EmployeeMonthInput input, ImmutableArray<PayslipLine>.Builder? lines)
    {
        InputValidator.Validate(input);
        var lane = LaneOf(input);
        var jurisdictionInput = ReadJurisdictionInput(lane.Pack, input);
        lane.Pack.Validate(input, jurisdictionInput);
        InputValidator.ValidateCustomInputs(input, lane.Policy);
        try
        {
            return ComputeValidated(input, lane, jurisdictionInput, lines);
        }
        catch (ArithmeticException ex)
        {
            throw new PayrollInputException(input.EmployeeId, "$",
                new LocalText("Error.Input.Overflow", ex.Message));
        }
    }

    private static PayslipSummary ComputeValidated(EmployeeMonthInput input, JurisdictionLane lane, JurisdictionInput? jurisdictionInput,
        ImmutableArray<PayslipLine>.Builder? lines)
    {
        // 1. Policy components, in dependency order.
        var policy = lane.Policy;
        var (numbers, texts, amounts) = Scratch.Rent(policy.NumberSlots, BuiltInVariables.Texts.Length, policy.Components.Length);
        var allowances = AmountMap.Sum(input.Allowances);
        var proration = input.ProrationFactor ?? Proration.Factor(input.Period, input.HireDate, input.TerminationDate);
        BuiltInVariables.Fill(input, allowances, proration, numbers, texts);
        foreach (var (slot, value) in lane.ParameterTemplate)
        {
            numbers[slot] = value;
        }

        // Most records carry no custom inputs: their defaults are taken without a dictionary lookup per declared input.
        var customInputs = input.CustomInputs;
        var anyCustomInputs = customInputs.Count != 0;
        foreach (var (name, defaultValue, slot) in policy.CustomInputs)
        {
            numbers[slot] = anyCustomInputs && customInputs.TryGetValue(name, out var v) ? v : defaultValue;
        }

        var scope = new FormulaScope(numbers, texts);
        var components = policy.Components;
        var sums = default(ComponentSums);
        EvaluateComponents(input.EmployeeId, components, scope, amounts, ref sums);
        var componentEarnings = sums.Earnings;
        var preTaxDeductions = sums.PreTaxDeductions;

        // Attendance deductions (unpaid leave, lateness) cannot take more than the month's pay: a month without a valid
        // check-in pays nothing, it does not bill the employee. Later formulas saw the uncapped values, as computed.
        var capped = FastDecimal.Compare(preTaxDeductions, componentEarnings) > 0 && FastDecimal.IsPositive(preTaxDeductions);
        if (capped)
        {
            preTaxDeductions = CapDeductions(components, amounts, Math.Max(0m, componentEarnings));
        }

        // The cap changes deductions only, so the other kinds' sums taken while evaluating stand.
        decimal taxableEarnings = sums.TaxableEarnings, taxFree = sums.TaxFree, postTax = sums.PostTax, employerExtra = sums.EmployerExtra;
        if (lines is not null)
        {
            AddComponentLines(lines, policy, numbers, texts, amounts, componentEarnings);
        }

        var grossBeforeInputs = FastDecimal.Subtract(FastDecimal.Add(taxableEarnings, taxFree), preTaxDeductions);
        if (FastDecimal.Compare(grossBeforeInputs, 0m) < 0)
        {
            RejectNegativeGross(input.EmployeeId, components, amounts, grossBeforeInputs);
        }

        // 2. Amounts the input carries directly.
        taxableEarnings = FastDecimal.Add(taxableEarnings, AddInputLine(lines, "OTHER_EARNINGS", "Other earnings", PayslipLineKind.Earning, input.OtherEarnings, InputTexts.OtherEarnings));
        taxFree = FastDecimal.Add(taxFree, AddInputLine(lines, "TAX_FREE_INCOME", "Tax-free income", PayslipLineKind.Earning, input.TaxFreeIncome, InputTexts.TaxFreeIncome));
        var bonus = AddInputLine(lines, "ANNUAL_BONUS", "Annual one-time bonus", PayslipLineKind.Earning, input.AnnualBonus, lane.Pack.AnnualBonusText(input));
        var gross = FastDecimal.Subtract(FastDecimal.Add(FastDecimal.Add(taxableEarnings, taxFree), bonus), preTaxDeductions);

        // 3. The jurisdiction's statutory items: contributions, withholding, statutory minimums.
        var pack = lane.Pack;
        var yearToDate = input.JurisdictionYearToDate is { } state && state.ThroughMonth.CompareTo(pack.TaxYearStart(input.Period)) >= 0 ? state : null;
        var context = new StatutoryContext(input, jurisdictionInput, yearToDate, policy, scope,
            new GrossFigures(taxableEarnings, taxFree, preTaxDeductions, bonus), lines);
        var statutory = pack.Calculate(in context);

        // 4. After tax.
        postTax = FastDecimal.Add(postTax, AddInputLine(lines, "POST_TAX_DEDUCTIONS", "Post-tax deductions", PayslipLineKind.Deduction, input.PostTaxDeductions, InputTexts.PostTaxDeductions));
        return new PayslipSummary
        {
            EmployeeId = input.EmployeeId,
            Period = input.Period,
            Jurisdiction = pack.Code,
            GrossPay = gross,
            EmployeeContributions = statutory.EmployeeContributions,
            WageTax = statutory.WageTax,
            BonusTax = statutory.BonusTax,
            PostTaxDeductions = postTax,
            NetPay = FastDecimal.Subtract(FastDecimal.Subtract(FastDecimal.Subtract(FastDecimal.Subtract(gross, statutory.EmployeeContributions), statutory.WageTax), statutory.BonusTax), postTax),
            EmployerContributions = statutory.EmployerContributions,
            EmployerCost = FastDecimal.Add(FastDecimal.Add(gross, statutory.EmployerContributions), employerExtra),
            YearToDate = statutory.ChinaYearToDate ?? TaxYearToDate.Empty,
            JurisdictionYearToDate = statutory.YearToDate,
            ProvisionalContributions = statutory.ProvisionalContributions,
        };
    }

    // The policy's components in dependency order, each into its slot (later formulas read it) and into amounts, with
    // the sums by kind taken in the same order as the values come. A loop of its own: inside ComputeValidated the JIT
    // kept its values on the stack, spilled and reloaded around each call.
    private static void EvaluateComponents(string employeeId, ImmutableArray<PayComponent> components, in FormulaScope scope, decimal[] amounts, ref ComponentSums sums)
    {
        var numbers = scope.Numbers;
        for (var i = 0; i < components.Length; i++)
        {
            var component = components[i];
            var value = EvaluateFormula(employeeId, component.Code, component.Formula, scope, component.Rounding);
            numbers[component.Slot] = value;
            amounts[i] = value;
            switch (component.Kind)
            {
                case PayComponentKind.Earning:
                    sums.Earnings = FastDecimal.Add(sums.Earnings, value);
                    if (component.TaxFree)
                    {
                        sums.TaxFree = FastDecimal.Add(sums.TaxFree, value);
                    }
                    else
                    {
                        sums.TaxableEarnings = FastDecimal.Add(sums.TaxableEarnings, value);
                    }

                    break;
                case PayComponentKind.Deduction: sums.PreTaxDeductions = FastDecimal.Add(sums.PreTaxDeductions, value); break;
                case PayComponentKind.PostTaxDeduction: sums.PostTax = FastDecimal.Add(sums.PostTax, value); break;
                case PayComponentKind.EmployerCost: sums.EmployerExtra = FastDecimal.Add(sums.EmployerExtra, value); break;
            }
        }
    }

    // The component lines of a full payslip, after the cap (a capped deduction shows what it took).
    private static void AddComponentLines(ImmutableArray<PayslipLine>.Builder lines, PayPolicy policy, decimal[] numbers, string?[] texts, decimal[] amounts, decimal componentEarnings)
    {
        var components = policy.Components;
        var snapshot = new ScopeSnapshot(policy, numbers, texts[..BuiltInVariables.Texts.Length]);
        for (var i = 0; i < components.Length; i++)
        {
            // A zero line explains nothing a reader needs (unless a cap made it zero); the formula still ran and its
            // value is available to others. The explanation is data here; its text is built only if someone reads it.
            var component = components[i];
            var value = amounts[i];
            var computed = numbers[component.Slot];
            if (value != 0 || computed != 0)
            {
                // An unrounded info figure (a daily wage of 459.770114942528…) is shown to the fen; formulas read the full value.
                var shown = component.Kind == PayComponentKind.Info && component.Rounding == RoundingRule.None ? Money.Round(value, RoundingRule.Fen) : value;
                lines.Add(new PayslipLine(component.Code, component.Name, LineKind(component.Kind), shown,
                    new FormulaExplanation(policy, component, snapshot, computed, value, componentEarnings)));
            }
        }
    }

    // The pack of the record's jurisdiction; China mainland (the default) without a dictionary lookup.
    private JurisdictionLane LaneOf(EmployeeMonthInput input)
    {
        var code = input.Jurisdiction;
        if (_defaultLane is not null && (ReferenceEquals(code, EmployeeMonthInput.DefaultJurisdiction)
            || string.Equals(code, EmployeeMonthInput.DefaultJurisdiction, StringComparison.OrdinalIgnoreCase)))
        {
            return _defaultLane;
        }

        return _lanes.TryGetValue(code, out var lane) ? lane : throw new PayrollInputException(input.EmployeeId, "jurisdiction",
            new LocalText("Error.Input.UnknownJurisdiction", code, string.Join(", ", Jurisdictions.Codes)));
    }

    // A jurisdictionInput read from JSON is still JSON: the record's pack reads it now, naming a bad field by its path.
    private static JurisdictionInput? ReadJurisdictionInput(JurisdictionPack pack, EmployeeMonthInput input) =>
        input.JurisdictionInput is JsonJurisdictionInput json ? pack.ReadInput(json.Json, input.EmployeeId) : input.JurisdictionInput;

    private const ulong MaxFormulaUnits = (ulong)PayrollLimits.MaxFormulaValue;

    // The formula's value, bounded, then rounded by the rule (a component's; None for others). Fen, the rule of nearly
    // every component, is Money.Round's own arm taken here without its call.
    internal static decimal EvaluateFormula(string employeeId, string what, CompiledFormula formula, in FormulaScope scope, RoundingRule rounding = RoundingRule.None)
    {
        decimal value;
        try
        {
            value = formula.Root.Number(scope);
        }
        catch (FormulaEvaluationException ex)
        {
            throw new PayrollInputException(employeeId, what, new LocalText("Error.Input.FormulaFailed", formula.Source, ex.Text));
        }
        catch (ArithmeticException ex)
        {
            throw new PayrollInputException(employeeId, what, new LocalText("Error.Input.FormulaArithmetic", formula.Source, ex.Message));
        }

        if (IsOutsideFormulaBound(value))
        {
            throw new PayrollInputException(employeeId, what,
                new LocalText("Error.Input.FormulaOutOfBounds", formula.Source, Explain.Number(value), Explain.Number(PayrollLimits.MaxFormulaValue)));
        }

        return rounding switch
        {
            RoundingRule.None => value,
            // The common rule is called directly: Money.Round's switch with its throw is too large to inline here.
            RoundingRule.Fen => Money.RoundToFen(value),
            _ => Money.Round(value, rounding),
        };
    }

    // Whether |value| > PayrollLimits.MaxFormulaValue. Most values' integers alone show them within the bound, and so
    // does a scale of 17 or more: such a decimal is below 2^96 / 10^17 ≈ 7.9 × 10^11 whatever its integer (the
    // unrounded daily and hourly wages, 28-digit quotients, and the overtime products made from them). Only the rest
    // takes the two decimal comparisons, which cost a call and a rescale each.
    internal static bool IsOutsideFormulaBound(decimal value) =>
        !FastDecimal.IntegerIsAtMost(value, MaxFormulaUnits) && value.Scale < 17
        && value is > PayrollLimits.MaxFormulaValue or < -PayrollLimits.MaxFormulaValue;

    // Deductions in evaluation order take what pay is left; the total returned is at most the earnings.
    private static decimal CapDeductions(ImmutableArray<PayComponent> components, decimal[] amounts, decimal earnings)
    {
        var remaining = earnings;
        for (var i = 0; i < components.Length; i++)
        {
            if (components[i].Kind != PayComponentKind.Deduction)
            {
                continue;
            }

            if (amounts[i] > remaining)
            {
                amounts[i] = Math.Max(0m, remaining);
            }

            remaining -= amounts[i];
        }

        return earnings - remaining;
    }

    // What is still negative after the cap comes from the policy itself (a negative earning): refuse the payslip and
    // name the component, since no employee can be paid less than nothing. A gross below zero is a sum of earnings and
    // deductions, so the policy has at least one and worst is always found.
    private static void RejectNegativeGross(string employeeId, ImmutableArray<PayComponent> components, decimal[] amounts, decimal gross)
    {
        var worst = -1;
        for (var i = 0; i < components.Length; i++)
        {
            if (components[i].Kind is PayComponentKind.Earning or PayComponentKind.Deduction
                && (worst < 0 || Signed(components[i], amounts[i]) < Signed(components[worst], amounts[worst])))
            {
                worst = i;
            }
        }

        throw new PayrollInputException(employeeId, components[worst].Code,
            new LocalText("Error.Input.NegativeGross", Explain.Money(amounts[worst]), Explain.Money(gross)));

        static decimal Signed(PayComponent c, decimal v) => c.Kind == PayComponentKind.Deduction ? -v : v;
    }

    private static decimal AddInputLine(ImmutableArray<PayslipLine>.Builder? lines, string code, string name, PayslipLineKind kind, decimal amount, TextExplanation why)
    {
        if (lines is not null && amount != 0)
        {
            lines.Add(new PayslipLine(code, name, kind, amount, why));
        }

        return amount;
    }

    private static PayslipLineKind LineKind(PayComponentKind kind) => kind switch
    {
        PayComponentKind.Earning => PayslipLineKind.Earning,
        PayComponentKind.Deduction or PayComponentKind.PostTaxDeduction => PayslipLineKind.Deduction,
        PayComponentKind.EmployerCost => PayslipLineKind.EmployerContribution,
        _ => PayslipLineKind.Info,
    };

}
