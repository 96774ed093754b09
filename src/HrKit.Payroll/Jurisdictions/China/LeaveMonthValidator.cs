using System.Globalization;
using HrKit.Payroll.Model;
using NodaTime;

namespace HrKit.Payroll.Jurisdictions.China;

// Checks a LeaveMonth before any pay is computed; the first problem is thrown naming its JSON path.
internal static class LeaveMonthValidator
{
    public static void Validate(LeaveMonth month, LeavePayContext context)
    {
        var id = month.EmployeeId ?? "?";
        if (context.MonthlyWage is < 0m or > PayrollLimits.MaxAmount)
        {
            throw new PayrollInputException(id, "monthlyWage", $"{Text(context.MonthlyWage)} must lie between 0 and {Text(PayrollLimits.MaxAmount)}.");
        }

        if (context.ScheduledDays is <= 0m or > 31m)
        {
            throw new PayrollInputException(id, "scheduledDays", $"{Text(context.ScheduledDays)} must be more than 0 and at most 31 working days.");
        }

        if (month.MaternityAllowance is < 0m or > PayrollLimits.MaxAmount)
        {
            throw new PayrollInputException(id, "maternityAllowance", $"{Text(month.MaternityAllowance)} must lie between 0 and {Text(PayrollLimits.MaxAmount)}.");
        }

        var first = month.Period.OnDayOfMonth(1);
        var last = month.Period.OnDayOfMonth(month.Period.Calendar.GetDaysInMonth(month.Period.Year, month.Period.Month));
        decimal total = 0;
        for (var i = 0; i < month.Leave.Length; i++)
        {
            var r = month.Leave[i];
            var path = $"leave[{i}]";
            if (r is null)
            {
                throw new PayrollInputException(id, path, "is null; give a leave record.");
            }

            if (!Enum.IsDefined(r.Type))
            {
                throw new PayrollInputException(id, path + ".type", $"'{r.Type}' is not a leave type; use annual, sick, personal, marriage, bereavement, maternity or workInjury.");
            }

            if (!Enum.IsDefined(r.Status))
            {
                throw new PayrollInputException(id, path + ".status", $"'{r.Status}' is not an approval status; use approved, pending or rejected.");
            }

            if (r.Days < 0m)
            {
                throw new PayrollInputException(id, path + ".days", $"{Text(r.Days)} is negative; give the working days of leave (0.5 for half a day).");
            }

            if (r.Start < first || r.End > last)
            {
                throw new PayrollInputException(id, path + (r.Start < first ? ".start" : ".end"),
                    $"{r.Start:yyyy-MM-dd}..{r.End:yyyy-MM-dd} reaches beyond {month.Period:yyyy-MM}; split a leave across months into one record per month.");
            }

            if (r.End < r.Start)
            {
                throw new PayrollInputException(id, path + ".end", $"{r.End:yyyy-MM-dd} is before start {r.Start:yyyy-MM-dd}.");
            }

            var calendarDays = Period.DaysBetween(r.Start, r.End) + 1;
            if (r.Days > calendarDays)
            {
                throw new PayrollInputException(id, path + ".days", $"{Text(r.Days)} working days do not fit in {calendarDays} calendar days from {r.Start:yyyy-MM-dd} to {r.End:yyyy-MM-dd}.");
            }

            total += r.Days;
        }

        if (total > context.ScheduledDays)
        {
            throw new PayrollInputException(id, "leave", $"{Text(total)} leave days in total exceed the {Text(context.ScheduledDays)} scheduled working days of {month.Period:yyyy-MM}.");
        }

        for (var i = 0; i < month.Overtime.Length; i++)
        {
            var r = month.Overtime[i];
            var path = $"overtime[{i}]";
            if (r is null)
            {
                throw new PayrollInputException(id, path, "is null; give an overtime record.");
            }

            if (!Enum.IsDefined(r.Kind))
            {
                throw new PayrollInputException(id, path + ".kind", $"'{r.Kind}' is not a kind of day; use workday, restDay or statutoryHoliday.");
            }

            if (r.Date < first || r.Date > last)
            {
                throw new PayrollInputException(id, path + ".date", $"{r.Date:yyyy-MM-dd} is outside {month.Period:yyyy-MM}.");
            }

            if (r.ClockedHours is < 0m or > 24m)
            {
                throw new PayrollInputException(id, path + ".clockedHours", $"{Text(r.ClockedHours)} must lie between 0 and 24 hours a day.");
            }

            if (r.ApprovedHours is < 0m or > 24m)
            {
                throw new PayrollInputException(id, path + ".approvedHours", $"{Text(r.ApprovedHours.Value)} must lie between 0 and 24 hours a day.");
            }
        }
    }

    private static string Text(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
