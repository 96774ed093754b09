using HrKit.Integration;
using HrKit.Integration.Model;
using NodaTime;

namespace HrKit.Integration.Tests.Pipelines;

/// <summary>
/// October 2025 as the State Council arranged it (国办发明电〔2024〕12号): 1–8 October off; the 1st–3rd (National Day)
/// and the 6th (Mid-Autumn) statutory holidays; the 7th and 8th rest days moved from Sunday 28 September and Saturday
/// 11 October, which are worked. That leaves 18 working days: 9–11, 13–17, 20–24 and 27–31 October.
/// </summary>
internal static class October2025
{
    public static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    public static readonly YearMonth Month = new(2025, 10);

    public static readonly WorkCalendar Calendar = new(
        statutoryHolidays: [Day(1), Day(2), Day(3), Day(6)],
        makeUpWorkdays: [new LocalDate(2025, 9, 28), Day(11)],
        shiftedRestDays: [Day(7), Day(8)]);

    public static readonly int[] Workdays = [9, 10, 11, 13, 14, 15, 16, 17, 20, 21, 22, 23, 24, 27, 28, 29, 30, 31];

    public static LocalDate Day(int day) => new(2025, 10, day);

    /// <summary>The same arrangement as <see cref="Calendar"/>, as options of the default work calendar.</summary>
    public static void ConfigureCalendar(IntegrationOptions o)
    {
        foreach (var day in new[] { 1, 2, 3, 6 })
        {
            o.StatutoryHolidays.Add(Day(day));
        }

        o.MakeUpWorkdays.Add(new LocalDate(2025, 9, 28));
        o.MakeUpWorkdays.Add(Day(11));
        o.ShiftedRestDays.Add(Day(7));
        o.ShiftedRestDays.Add(Day(8));
    }

    /// <summary>An instant given as Shanghai wall time.</summary>
    public static Instant At(int month, int day, int hour, int minute) =>
        new LocalDateTime(2025, month, day, hour, minute).InZoneStrictly(Shanghai).ToInstant();

    /// <summary>A check-in whose record id is derived from its content, so the same call twice is a redelivery.</summary>
    public static CheckInRecord CheckIn(string employee, int day, int hour, int minute, CheckInKind kind, int month = 10, string source = "wecom") =>
        new(source, $"{employee}-{month:00}{day:00}-{hour:00}{minute:00}-{kind}", employee, At(month, day, hour, minute), kind);
}
