using HrKit.Payroll.Model;
using HrKit.Points.Analytics;
using NodaTime;

namespace HrKit.Integration.Pipelines;

/// <summary>
/// Points → payroll: sets each payroll input's <see cref="PerformanceInput.LearningBonusFactor"/> from the learning
/// points the employee earned in the pay month (<see cref="LearningBonusCalculator"/>), so learning raises the
/// performance bonus. Every employee gets a factor, 0 without learning points, so a stale factor never survives.
/// </summary>
/// <remarks>Virtual members and a protected constructor let a host's unit tests replace it with a mock.</remarks>
public class LearningBonusPayrollPipeline
{
    private readonly LearningBonusCalculator _calculator;

    /// <summary>Creates the pipeline.</summary>
    /// <param name="calculator">Reads learning points from the ledger and turns them into factors.</param>
    /// <exception cref="ArgumentNullException"><paramref name="calculator"/> is null.</exception>
    public LearningBonusPayrollPipeline(LearningBonusCalculator calculator)
    {
        _calculator = calculator ?? throw new ArgumentNullException(nameof(calculator));
    }

    /// <summary>For mocking only: a pipeline with no calculator, whose members a test double must override.</summary>
    protected LearningBonusPayrollPipeline()
    {
        _calculator = null!;
    }

    /// <summary>Applies the learning bonuses of <paramref name="month"/> from the ledger.</summary>
    /// <exception cref="ArgumentException">An input is for another month.</exception>
    public virtual async Task<LearningBonusPayrollResult> ApplyAsync(YearMonth month, IReadOnlyList<EmployeeMonthInput> inputs, CancellationToken cancellationToken = default)
    {
        CheckMonth(month, inputs);
        using var activity = IntegrationTelemetry.Source.StartActivity("points.payroll");
        var bonuses = await _calculator.GetAllAsync(month, cancellationToken).ConfigureAwait(false);
        return Apply(month, bonuses, inputs);
    }

    /// <summary>Applies learning bonuses already computed, e.g. <c>PointsDemoResult.LearningBonuses</c>.</summary>
    /// <exception cref="ArgumentException">An input or a bonus is for another month.</exception>
    public static LearningBonusPayrollResult Apply(YearMonth month, IEnumerable<LearningBonus> bonuses, IReadOnlyList<EmployeeMonthInput> inputs)
    {
        ArgumentNullException.ThrowIfNull(bonuses);
        CheckMonth(month, inputs);
        var byEmployee = new Dictionary<string, LearningBonus>(StringComparer.Ordinal);
        foreach (var bonus in bonuses)
        {
            if (bonus.Month != month)
            {
                throw new ArgumentException($"The learning bonus of {bonus.EmployeeId} is for {bonus.Month}, not the pay month {month}.", nameof(bonuses));
            }

            byEmployee[bonus.EmployeeId] = bonus;
        }

        var applied = new List<EmployeeMonthInput>(inputs.Count);
        var reported = new List<LearningBonus>(inputs.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            var bonus = byEmployee.GetValueOrDefault(input.EmployeeId) ?? new LearningBonus(input.EmployeeId, month, 0, 0m);
            applied.Add(input with { Performance = input.Performance with { LearningBonusFactor = bonus.Factor } });
            if (seen.Add(input.EmployeeId))
            {
                reported.Add(bonus);
            }
        }

        return new LearningBonusPayrollResult(applied, reported);
    }

    private static void CheckMonth(YearMonth month, IReadOnlyList<EmployeeMonthInput> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        if (inputs.FirstOrDefault(i => i.Period != month) is { } other)
        {
            throw new ArgumentException($"The payroll input of {other.EmployeeId} has period {other.Period}, not the pay month {month}; pass one month's inputs.", nameof(inputs));
        }
    }
}
