using NodaTime;

namespace HrKit.Points.Analytics;

/// <summary>Decides a badge from the local dates of an employee's counted events (in time order, one per event).</summary>
internal static class BadgeCounter
{
    public static EarnedBadge? Earned(IReadOnlyList<LocalDate> dates, BadgeRule rule) =>
        rule.Window == BadgeWindow.ConsecutiveDays ? Streak(dates.Distinct().Order().ToList(), rule) : Windowed(dates, rule);

    // Runs of consecutive days: the badge is earned on the day the first run reaches the count; every run that reaches it counts.
    private static EarnedBadge? Streak(List<LocalDate> days, BadgeRule rule)
    {
        LocalDate? earnedOn = null;
        var times = 0;
        var run = 0;
        for (var i = 0; i < days.Count; i++)
        {
            run = i > 0 && days[i - 1].PlusDays(1) == days[i] ? run + 1 : 1;
            if (run == rule.Count)
            {
                earnedOn ??= days[i];
                times++;
            }
        }

        return earnedOn is { } on ? new EarnedBadge(rule.Name, on, times) : null;
    }

    // Events per calendar window: earned on the date of the event that reaches the count in the first window that does.
    private static EarnedBadge? Windowed(IReadOnlyList<LocalDate> dates, BadgeRule rule)
    {
        LocalDate? earnedOn = null;
        var times = 0;
        foreach (var window in dates.GroupBy(d => WindowOf(d, rule.Window)).OrderBy(g => g.Key))
        {
            var inWindow = window.Order().ToList();
            if (inWindow.Count >= rule.Count)
            {
                earnedOn ??= inWindow[rule.Count - 1];
                times++;
            }
        }

        return earnedOn is { } on ? new EarnedBadge(rule.Name, on, times) : null;
    }

    private static (int Year, int Index) WindowOf(LocalDate date, BadgeWindow window) => window switch
    {
        BadgeWindow.Month => (date.Year, date.Month),
        BadgeWindow.Quarter => (date.Year, (date.Month - 1) / 3),
        _ => (date.Year, 0),
    };
}
