using NodaTime;

namespace HrKit.Integration.Model;

/// <summary>A scheduled shift. An <see cref="End"/> at or before <see cref="Start"/> means the shift ends the next day.</summary>
/// <param name="Start">Scheduled start, local time.</param>
/// <param name="End">Scheduled end, local time.</param>
public readonly record struct Shift(LocalTime Start, LocalTime End)
{
    /// <summary>The standard office day, 09:00–18:00.</summary>
    public static Shift Office { get; } = new(new LocalTime(9, 0), new LocalTime(18, 0));

    /// <summary>Whether the shift ends on the day after it starts.</summary>
    public bool CrossesMidnight => End <= Start;

    /// <summary>The local start on a work day.</summary>
    public LocalDateTime StartOn(LocalDate workDay) => workDay + Start;

    /// <summary>The local end for a work day (the next calendar day for a night shift).</summary>
    public LocalDateTime EndOn(LocalDate workDay) => (CrossesMidnight ? workDay.PlusDays(1) : workDay) + End;
}
