namespace HrKit.Points.Analytics;

/// <summary>
/// A badge earned by doing something often enough: e.g. <c>new BadgeRule("Early bird", "checkIn", 5, BadgeWindow.ConsecutiveDays)</c>
/// for five consecutive check-in days, or <c>new BadgeRule("Scholar", "courseCompleted", 3, BadgeWindow.Quarter)</c> for three
/// courses in a quarter. Only events that earned the employee an award count, each event once.
/// </summary>
/// <param name="Name">Display name, unique among the rules.</param>
/// <param name="EventType">The event type counted.</param>
/// <param name="Count">How many days in a row, or events in one window: 1 to 10,000.</param>
/// <param name="Window">How they are counted.</param>
public sealed record BadgeRule(string Name, string EventType, int Count, BadgeWindow Window);
