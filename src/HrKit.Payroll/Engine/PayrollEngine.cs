using System.Collections.Frozen;
using System.Collections.Immutable;
using HrKit.Payroll.Engine.Explanations;
using HrKit.Payroll.Jurisdictions.China;
using HrKit.Payroll.Model;
using HrKit.Payroll.Policies;
using HrKit.Payroll.Policies.Formulas;

namespace HrKit.Payroll.Engine;

/// <summary>
/// Pays employees for a month under one compiled <see cref="PayPolicy"/> and a <see cref="ContributionTable"/>.
/// Order per employee: policy components (earnings, pre-tax deductions) → social insurance and housing fund →
/// individual income tax by cumulative withholding (and the annual bonus) → post-tax deductions → net pay.
/// Immutable and thread-safe; build one with <see cref="PayrollEngineBuilder"/> and reuse it.
/// </summary>
/// <remarks>
/// Not sealed, with virtual members and a protected constructor, so that a host's unit tests can replace it with a
/// mock, as the Azure SDK clients allow. Everything HrKit builds comes from <see cref="PayrollEngineBuilder"/>.
/// </remarks>
public partial class PayrollEngine
{
    internal PayrollEngine(PayPolicy policy, ContributionTable contributions, int maxDegreeOfParallelism, int batchSize)
    {
        Policy = policy;
        Contributions = contributions;
        MaxDegreeOfParallelism = maxDegreeOfParallelism;
        BatchSize = batchSize;
        _parameterTemplate = new (int, decimal)[policy.Parameters.Count];
        var i = 0;
        foreach (var (name, value) in policy.Parameters)
        {
            _parameterTemplate[i++] = (ResolveSlot(name), value);
        }

        IEqualityComparer<ContributionItem> byReference = ReferenceEqualityComparer.Instance;
        _itemLabels = contributions.Schedules.SelectMany(s => s.Items).Distinct(byReference)
            .ToFrozenDictionary(item => item, item => new ContributionLabels(item), byReference);
    }

    /// <summary>For mocking only: an engine with no policy, whose members a test double must override.</summary>
    protected PayrollEngine()
    {
        Policy = null!;
        Contributions = null!;
        _parameterTemplate = [];
        _itemLabels = FrozenDictionary<ContributionItem, ContributionLabels>.Empty;
    }

    private readonly (int Slot, decimal Value)[] _parameterTemplate;

    // Keyed by reference: the items of this engine's table, whose line codes and names are built once.
    private readonly FrozenDictionary<ContributionItem, ContributionLabels> _itemLabels;

    /// <summary>The pay policy in force.</summary>
    public virtual PayPolicy Policy { get; }

    /// <summary>The social insurance and housing fund table in force.</summary>
    public virtual ContributionTable Contributions { get; }

    /// <summary>Threads used by the bulk methods.</summary>
    public virtual int MaxDegreeOfParallelism { get; }

    /// <summary>Records computed per parallel batch by the bulk methods.</summary>
    public virtual int BatchSize { get; }

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
        InputValidator.Validate(input, Policy);
        try
        {
            return ComputeValidated(input, lines);
        }
        catch (ArithmeticException ex)
        {
            throw new PayrollInputException(input.EmployeeId, "$",
                $"an amount overflowed while paying this record ({ex.Message}); check that its figures are within docs/payroll-input.md#bounds.");
        }
    }

    private PayslipSummary ComputeValidated(EmployeeMonthInput input, ImmutableArray<PayslipLine>.Builder? lines)
    {
        var (schedule, carryForward) = FindSchedule(input);

        // 1. Policy components, in dependency order.
        var (numbers, texts, amounts) = Scratch.Rent(Policy.NumberSlots, BuiltInVariables.Texts.Length, Policy.Components.Length);
        var allowances = AmountMap.Sum(input.Allowances);
        var proration = input.ProrationFactor ?? Proration.Factor(input.Period, input.HireDate, input.TerminationDate);
        BuiltInVariables.Fill(input, allowances, proration, numbers, texts);
        foreach (var (slot, value) in _parameterTemplate)
        {
            numbers[slot] = value;
        }

        foreach (var (name, defaultValue, slot) in Policy.CustomInputs)
        {
            numbers[slot] = input.CustomInputs.TryGetValue(name, out var v) ? v : defaultValue;
        }

        var scope = new FormulaScope(numbers, texts);
        var components = Policy.Components;
        decimal componentEarnings = 0, preTaxDeductions = 0;
        for (var i = 0; i < components.Length; i++)
        {
            var component = components[i];
            var value = Evaluate(input.EmployeeId, component, scope);
            numbers[component.Slot] = value;
            amounts[i] = value;
            if (component.Kind == PayComponentKind.Earning)
            {
                componentEarnings += value;
            }
            else if (component.Kind == PayComponentKind.Deduction)
            {
                preTaxDeductions += value;
            }
        }

        // Attendance deductions (unpaid leave, lateness) cannot take more than the month's pay: a month without a valid
        // check-in pays nothing, it does not bill the employee. Later formulas saw the uncapped values, as computed.
        var capped = preTaxDeductions > componentEarnings && preTaxDeductions > 0;
        if (capped)
        {
            preTaxDeductions = CapDeductions(components, amounts, Math.Max(0m, componentEarnings));
        }

        decimal taxableEarnings = 0, taxFree = 0, postTax = 0, employerExtra = 0;
        var snapshot = lines is null ? null : new ScopeSnapshot(Policy, numbers, texts[..BuiltInVariables.Texts.Length]);
        for (var i = 0; i < components.Length; i++)
        {
            var component = components[i];
            var value = amounts[i];
            switch (component.Kind)
            {
                case PayComponentKind.Earning when component.TaxFree: taxFree += value; break;
                case PayComponentKind.Earning: taxableEarnings += value; break;
                case PayComponentKind.PostTaxDeduction: postTax += value; break;
                case PayComponentKind.EmployerCost: employerExtra += value; break;
            }

            // A zero line explains nothing a reader needs (unless a cap made it zero); the formula still ran and its
            // value is available to others. The explanation is data here; its text is built only if someone reads it.
            var computed = numbers[component.Slot];
            if (snapshot is not null && (value != 0 || computed != 0))
            {
                lines!.Add(new PayslipLine(component.Code, component.Name, LineKind(component.Kind), value,
                    new FormulaExplanation(Policy, component, snapshot, computed, value, componentEarnings)));
            }
        }

        if (taxableEarnings + taxFree - preTaxDeductions < 0)
        {
            RejectNegativeGross(input.EmployeeId, components, amounts, taxableEarnings + taxFree - preTaxDeductions);
        }

        // 2. Amounts the input carries directly.
        taxableEarnings += AddInputLine(lines, "OTHER_EARNINGS", "Other earnings", PayslipLineKind.Earning, input.OtherEarnings, InputTexts.OtherEarnings);
        taxFree += AddInputLine(lines, "TAX_FREE_INCOME", "Tax-free income", PayslipLineKind.Earning, input.TaxFreeIncome, InputTexts.TaxFreeIncome);
        var bonus = AddInputLine(lines, "ANNUAL_BONUS", "Annual one-time bonus", PayslipLineKind.Earning, input.AnnualBonus,
            input.AnnualBonusTaxMethod == AnnualBonusTaxMethod.Separate ? InputTexts.SeparateBonus : InputTexts.MergedBonus);
        var gross = taxableEarnings + taxFree + bonus - preTaxDeductions;
        // 3. Social insurance and housing fund.
        var siRequested = input.SocialInsuranceBase ?? Money.RoundToFen(EvaluateFormula(input.EmployeeId, "socialInsuranceBase", Policy.SocialInsuranceBase, scope));
        var (employeeContributions, employerContributions) = Contribute(input, schedule, siRequested, lines);
        if (carryForward is not null)
        {
            lines?.Add(new PayslipLine("CONTRIBUTIONS_PROVISIONAL", "Contributions provisional", PayslipLineKind.Info, 0m, carryForward.Message));
        }

        // 4. Individual income tax.
        var wageIncome = taxableEarnings + taxFree - preTaxDeductions + (input.AnnualBonusTaxMethod == AnnualBonusTaxMethod.Merged ? bonus : 0m);
        var previous = input.YearToDate is { ThroughMonth: { } through } ytd && through.Year == input.Period.Year ? ytd : TaxYearToDate.Empty;
        var withholding = CumulativeWithholding.Calculate(input.Period, previous,
            new CumulativeWithholdingInput(wageIncome, taxFree, employeeContributions, input.SpecialAdditionalDeductions.Total, input.OtherTaxDeductions),
            input.PriorYearIncomeAtMost60000);
        lines?.Add(new PayslipLine("IIT", "Individual income tax", PayslipLineKind.Tax, withholding.TaxThisMonth, new WithholdingExplanation(withholding, previous)));
        var bonusTax = 0m;
        if (bonus > 0 && input.AnnualBonusTaxMethod == AnnualBonusTaxMethod.Separate)
        {
            var (tax, bracket) = AnnualBonusTax.Calculate(bonus);
            bonusTax = tax;
            lines?.Add(new PayslipLine("IIT_BONUS", "Income tax on annual bonus", PayslipLineKind.Tax, tax, new BonusTaxExplanation(bonus, bracket, tax)));
        }

        // 5. After tax.
        postTax += AddInputLine(lines, "POST_TAX_DEDUCTIONS", "Post-tax deductions", PayslipLineKind.Deduction, input.PostTaxDeductions, InputTexts.PostTaxDeductions);
        return new PayslipSummary
        {
            EmployeeId = input.EmployeeId,
            Period = input.Period,
            GrossPay = gross,
            EmployeeContributions = employeeContributions,
            WageTax = withholding.TaxThisMonth,
            BonusTax = bonusTax,
            PostTaxDeductions = postTax,
            NetPay = gross - employeeContributions - withholding.TaxThisMonth - bonusTax - postTax,
            EmployerContributions = employerContributions,
            EmployerCost = gross + employerContributions + employerExtra,
            YearToDate = withholding.YearToDate,
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
                $"'{city}' is not in the contribution table (known: {string.Join(", ", Contributions.Cities.Order(StringComparer.Ordinal))}); add its schedule with PayrollEngineBuilder.WithContributionTable."),
            _ => throw new PayrollInputException(employeeId, "period", lookup.Message),
        };
    }

    private static decimal Evaluate(string employeeId, PayComponent component, in FormulaScope scope) =>
        Money.Round(EvaluateFormula(employeeId, component.Code, component.Formula, scope), component.Rounding);

    private static decimal EvaluateFormula(string employeeId, string what, CompiledFormula formula, in FormulaScope scope)
    {
        decimal value;
        try
        {
            value = formula.Root.Number(scope);
        }
        catch (FormulaEvaluationException ex)
        {
            throw new PayrollInputException(employeeId, what, $"formula \"{formula.Source}\" failed: {ex.Message}.");
        }
        catch (ArithmeticException ex)
        {
            throw new PayrollInputException(employeeId, what, $"formula \"{formula.Source}\" failed: {ex.Message}");
        }

        if (value is > PayrollLimits.MaxFormulaValue or < -PayrollLimits.MaxFormulaValue)
        {
            throw new PayrollInputException(employeeId, what,
                $"formula \"{formula.Source}\" gives {Explain.Number(value)}, outside ±{Explain.Number(PayrollLimits.MaxFormulaValue)} (docs/payroll-policy.md#bounds); check the inputs it reads.");
        }

        return value;
    }

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
    // name the component, since no employee can be paid less than nothing.
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

        var code = worst < 0 ? "$" : components[worst].Code;
        var value = worst < 0 ? 0m : amounts[worst];
        throw new PayrollInputException(employeeId, code,
            $"gives {Explain.Money(value)}, which leaves the month's pay from the policy at {Explain.Money(gross)}; a payslip cannot pay less than nothing — check the formula and the inputs it reads.");

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

    private int ResolveSlot(string name) => Policy.Symbols[name].Slot;
}
