namespace HrKit.Payroll.Model;

/// <summary>Performance data for the month's performance bonus.</summary>
/// <param name="Grade">The appraisal grade (e.g. "S", "A", "B", "C"); the pay policy maps it to a coefficient. Null when not appraised.</param>
/// <param name="BonusBase">The target performance bonus before the grade coefficient, in yuan.</param>
/// <param name="LearningBonusFactor">
/// Extra share of the performance bonus earned through learning points (HrKit.Points), e.g. 0.10 for +10 %.
/// </param>
public readonly record struct PerformanceInput(string? Grade, decimal BonusBase, decimal LearningBonusFactor);
