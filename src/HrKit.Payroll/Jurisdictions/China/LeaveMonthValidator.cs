using System.Globalization;
using HrKit.Payroll.Localization;
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
            throw new PayrollInputException(id, "monthlyWage", new LocalText("Error.Leave.AmountRange", Text(context.MonthlyWage), Text(PayrollLimits.MaxAmount)));
        }

        if (context.ScheduledDays is <= 0m or > 31m)
        {
            throw new PayrollInputException(id, "scheduledDays", new LocalText("Error.Leave.ScheduledDays", Text(context.ScheduledDays)));
        }

        if (month.MaternityAllowance is < 0m or > PayrollLimits.MaxAmount)
        {
            throw new PayrollInputException(id, "maternityAllowance", new LocalText("Error.Leave.AmountRange", Text(month.MaternityAllowance), Text(PayrollLimits.MaxAmount)));
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
                throw new PayrollInputException(id, path, new LocalText("Error.Leave.NullLeave"));
            }

            if (!Enum.IsDefined(r.Type))
            {
                throw new PayrollInputException(id, path + ".type", new LocalText("Error.Leave.LeaveType", r.Type));
            }

            if (!Enum.IsDefined(r.Status))
            {
                throw new PayrollInputException(id, path + ".status", new LocalText("Error.Leave.Status", r.Status));
            }

            if (r.Days < 0m)
            {
                throw new PayrollInputException(id, path + ".days", new LocalText("Error.Leave.NegativeDays", Text(r.Days)));
            }

            if (r.Start < first || r.End > last)
            {
                throw new PayrollInputException(id, path + (r.Start < first ? ".start" : ".end"), new LocalText("Error.Leave.BeyondMonth", r.Start, r.End, month.Period));
            }

            if (r.End < r.Start)
            {
                throw new PayrollInputException(id, path + ".end", new LocalText("Error.Leave.EndBeforeStart", r.End, r.Start));
            }

            var calendarDays = Period.DaysBetween(r.Start, r.End) + 1;
            if (r.Days > calendarDays)
            {
                throw new PayrollInputException(id, path + ".days", new LocalText("Error.Leave.DaysDoNotFit", Text(r.Days), calendarDays, r.Start, r.End));
            }

            total += r.Days;
        }

        if (total > context.ScheduledDays)
        {
            throw new PayrollInputException(id, "leave", new LocalText("Error.Leave.TotalExceeds", Text(total), Text(context.ScheduledDays), month.Period));
        }

        for (var i = 0; i < month.Overtime.Length; i++)
        {
            var r = month.Overtime[i];
            var path = $"overtime[{i}]";
            if (r is null)
            {
                throw new PayrollInputException(id, path, new LocalText("Error.Leave.NullOvertime"));
            }

            if (!Enum.IsDefined(r.Kind))
            {
                throw new PayrollInputException(id, path + ".kind", new LocalText("Error.Leave.DayKind", r.Kind));
            }

            if (r.Date < first || r.Date > last)
            {
                throw new PayrollInputException(id, path + ".date", new LocalText("Error.Leave.DateOutsideMonth", r.Date, month.Period));
            }

            if (r.ClockedHours is < 0m or > 24m)
            {
                throw new PayrollInputException(id, path + ".clockedHours", new LocalText("Error.Leave.HoursPerDay", Text(r.ClockedHours)));
            }

            if (r.ApprovedHours is < 0m or > 24m)
            {
                throw new PayrollInputException(id, path + ".approvedHours", new LocalText("Error.Leave.HoursPerDay", Text(r.ApprovedHours.Value)));
            }
        }
    }

    private static string Text(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
