namespace HrKit.Payroll.Model;

/// <summary>
/// Overtime hours in a month by the kind of day they were worked on; China's Labour Law art. 44 pays them at
/// 150 %, 200 % and 300 % of the hourly wage respectively.
/// </summary>
/// <param name="Workday">Hours beyond the normal working day on a working day (150 %).</param>
/// <param name="RestDay">Hours on a rest day without compensatory time off (200 %).</param>
/// <param name="StatutoryHoliday">Hours on a statutory public holiday (300 %).</param>
public readonly record struct OvertimeHours(decimal Workday, decimal RestDay, decimal StatutoryHoliday)
{
    /// <summary>Total overtime hours of every kind.</summary>
    public decimal Total => Workday + RestDay + StatutoryHoliday;
}
