using System.Globalization;
using HrKit.Payroll.Engine;
using HrKit.Payroll.Localization;
using NodaTime;
using NodaTime.Text;

namespace HrKit.Payroll.Jurisdictions.China;

// The China pack's payslip messages as resource texts rebuilt from their records' figures, so that a payslip, a
// report alert or a host shows them in the reader's language (the records' Message is their English text).
internal static class ChinaMessages
{
    public static LocalText MinimumWageShortfall(MinimumWage standard, decimal compared, decimal shortfall) =>
        new("Message.MinimumWage", Explain.Money(compared),
            standard.IncludesEmployeeContributions ? "" : new LocalText("Message.MinimumWage.AfterContributions"),
            standard.City, Explain.Money(standard.Monthly), Date(standard.EffectiveFrom), Explain.Money(shortfall));

    public static LocalText MinimumWageShortfall(MinimumWageShortfall s) => MinimumWageShortfall(s.Standard, s.ComparedPay, s.Shortfall);

    public static LocalText CarryForward(string city, YearMonth month, YearMonth unpublished, LocalDate scheduleFrom, LocalDate scheduleTo, int monthsAfter) =>
        new("Message.CarryForward", Month(unpublished), Month(new YearMonth(scheduleFrom.Year, scheduleFrom.Month)), city,
            Date(scheduleFrom) + ".." + Date(scheduleTo), monthsAfter.ToString(CultureInfo.InvariantCulture),
            ContributionTable.MaxCarryForwardMonths.ToString(CultureInfo.InvariantCulture), Month(month));

    public static LocalText CarryForward(ContributionCarryForward c) =>
        CarryForward(c.City, c.Month, c.UnpublishedCycle, c.ScheduleFrom, c.ScheduleTo, c.MonthsCarriedForward);

    private static string Month(YearMonth month) => YearMonthPattern.Iso.Format(month);

    private static string Date(LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
