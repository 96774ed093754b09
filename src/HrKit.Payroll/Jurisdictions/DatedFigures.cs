using NodaTime;

namespace HrKit.Payroll.Jurisdictions;

// Turns a pack's grouped figures (one record per date range) into the named dated series of a ParameterSet, so the
// grouped packs report their parameters like every other pack.
internal static class DatedFigures
{
    public static DatedSeries<T> Series<TItem, T>(string name, IEnumerable<TItem> items, Func<TItem, (LocalDate From, LocalDate? To)> range,
        Func<TItem, T> value, Func<TItem, LegalSource> source) =>
        new(name, items.Select(i => new DatedValue<T>(range(i).From, range(i).To, value(i), source(i))));
}
