using NodaTime;

namespace HrKit.Points.Analytics;

/// <summary>A badge an employee has earned.</summary>
/// <param name="Name">The rule's name.</param>
/// <param name="EarnedOn">The local date the count was first reached.</param>
/// <param name="Times">How many windows reached the count (streaks: separate runs of at least the count).</param>
public sealed record EarnedBadge(string Name, LocalDate EarnedOn, int Times);
