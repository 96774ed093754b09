using HrKit.Points.Localization;
using NodaTime;

namespace HrKit.Points.Analytics;

/// <summary>
/// Report periods are turned into instants in the points time zone, with a day or month added at the end; near the
/// ends of the ISO calendar that arithmetic fails, so dates are held well inside it.
/// </summary>
internal static class ReportDates
{
    public static void EnsureInRange(LocalDate date, string parameter)
    {
        if (date.Calendar != CalendarSystem.Iso || date.Year is < 1 or > 9998)
        {
            throw new PointsInputException(PointsText.Of("Input.ReportDate", parameter, date), new HrKitErrorTarget(Field: parameter));
        }
    }
}
