using HrKit.Payroll.Model;
using HrKit.Points.Analytics;

namespace HrKit.Integration.Pipelines;

/// <summary>Payroll inputs with their learning bonus factors applied, and the learning result behind each.</summary>
/// <param name="Inputs">The inputs in the order given, each with <see cref="PerformanceInput.LearningBonusFactor"/> set.</param>
/// <param name="Bonuses">One entry per employee in the inputs, in the same order; 0 points and factor 0 without learning points.</param>
public sealed record LearningBonusPayrollResult(IReadOnlyList<EmployeeMonthInput> Inputs, IReadOnlyList<LearningBonus> Bonuses);
