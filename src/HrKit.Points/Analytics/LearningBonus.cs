using NodaTime;

namespace HrKit.Points.Analytics;

/// <summary>An employee's learning result for a month, ready for the payroll performance input.</summary>
/// <param name="EmployeeId">Employee.</param>
/// <param name="Month">Calendar month in the points time zone.</param>
/// <param name="LearningPoints">Learning points earned in the month (net of reversals).</param>
/// <param name="Factor">Extra share of the performance bonus, e.g. 0.10 = +10 %.</param>
public sealed record LearningBonus(string EmployeeId, YearMonth Month, long LearningPoints, decimal Factor);
