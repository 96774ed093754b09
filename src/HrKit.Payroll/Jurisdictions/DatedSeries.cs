using HrKit.Payroll.Localization;
using System.Collections.Immutable;
using NodaTime;
using NodaTime.Text;

namespace HrKit.Payroll.Jurisdictions;

/// <summary>
/// The history of one statutory parameter: values oldest first that never overlap, each with its legal source.
/// Looking a day up walks the few values a parameter has and allocates nothing.
/// </summary>
/// <typeparam name="T">A rate or amount (<see cref="decimal"/>) or a scale (<see cref="TaxScale"/>).</typeparam>
public sealed class DatedSeries<T>
{
    /// <summary>Creates a series; the values are sorted by start day.</summary>
    /// <exception cref="ArgumentException">The series is empty, or two values overlap; the message names both.</exception>
    public DatedSeries(string name, IEnumerable<DatedValue<T>> values)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(values);
        Name = name;
        Values = [.. values.OrderBy(v => v.EffectiveFrom)];
        if (Values.IsEmpty)
        {
            throw new ArgumentException($"Parameter '{name}' has no values; give at least one with its effectiveFrom.", nameof(values));
        }

        for (var i = 1; i < Values.Length; i++)
        {
            if (Values[i - 1].EffectiveTo is not { } end || end >= Values[i].EffectiveFrom)
            {
                throw new ArgumentException(
                    $"Parameter '{name}': the value from {Format(Values[i - 1].EffectiveFrom)} overlaps the one from {Format(Values[i].EffectiveFrom)}; give the earlier one an effectiveTo before the later one starts.",
                    nameof(values));
            }
        }
    }

    /// <summary>The parameter's name, e.g. <c>mpf.maximumRelevantIncome</c>.</summary>
    public string Name { get; }

    /// <summary>The values, oldest first.</summary>
    public ImmutableArray<DatedValue<T>> Values { get; }

    /// <summary>The value in force on <paramref name="day"/>, or null when none is.</summary>
    public DatedValue<T>? Find(LocalDate day)
    {
        foreach (var value in Values)
        {
            if (value.Covers(day))
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>The value in force on <paramref name="day"/>.</summary>
    /// <exception cref="PayrollDataException">No value is in force that day; the message names the parameter and its range.</exception>
    public DatedValue<T> At(LocalDate day) => Find(day) ?? throw new PayrollDataException(
        new LocalText("Error.Parameters.NoValueOn", Name, Format(day), string.Join(", ", Values.Select(Range))));

    /// <summary>The value in force on the first day of <paramref name="month"/>.</summary>
    /// <exception cref="PayrollDataException">No value is in force that day.</exception>
    public DatedValue<T> At(YearMonth month) => At(month.OnDayOfMonth(1));

    private static string Range(DatedValue<T> v) => $"{Format(v.EffectiveFrom)}..{(v.EffectiveTo is { } to ? Format(to) : "open")}";

    private static string Format(LocalDate day) => LocalDatePattern.Iso.Format(day);
}
