using System.Collections.Frozen;
using System.Collections.Immutable;

namespace HrKit.Payroll.Jurisdictions;

/// <summary>
/// A jurisdiction's statutory parameters as data: every rate, amount and scale a dated series with its legal source,
/// read from a JSON file (format: docs/jurisdictions.md#parameter-files) by <see cref="ParameterSetLoader"/>. A pack
/// looks its series up once when it is built and then reads values by date on the hot path.
/// </summary>
public sealed class ParameterSet
{
    /// <summary>Creates a set.</summary>
    /// <exception cref="ArgumentException">A name is used twice.</exception>
    public ParameterSet(string jurisdiction, IEnumerable<DatedSeries<decimal>> amounts, IEnumerable<DatedSeries<TaxScale>> scales)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(jurisdiction);
        ArgumentNullException.ThrowIfNull(amounts);
        ArgumentNullException.ThrowIfNull(scales);
        Jurisdiction = jurisdiction;
        var amountList = amounts.ToList();
        var scaleList = scales.ToList();
        var repeated = amountList.Select(a => a.Name).Concat(scaleList.Select(s => s.Name))
            .GroupBy(n => n, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            throw new ArgumentException($"Parameter '{repeated.Key}' is defined twice in the {jurisdiction} set; keep one series per name.", nameof(amounts));
        }

        _amounts = amountList.ToFrozenDictionary(a => a.Name, StringComparer.Ordinal);
        _scales = scaleList.ToFrozenDictionary(s => s.Name, StringComparer.Ordinal);
    }

    private readonly FrozenDictionary<string, DatedSeries<decimal>> _amounts;
    private readonly FrozenDictionary<string, DatedSeries<TaxScale>> _scales;

    /// <summary>The jurisdiction code the set belongs to, e.g. <c>HK</c>.</summary>
    public string Jurisdiction { get; }

    /// <summary>Every parameter name (amounts and scales), in ordinal order.</summary>
    public ImmutableArray<string> Names => [.. _amounts.Keys.Concat(_scales.Keys).Order(StringComparer.Ordinal)];

    /// <summary>The amount or rate series named <paramref name="name"/>.</summary>
    /// <exception cref="PayrollDataException">The set has no such amount; the message lists the names it has.</exception>
    public DatedSeries<decimal> Amount(string name) =>
        name is not null && _amounts.TryGetValue(name, out var series) ? series : throw Missing(name, "amount");

    /// <summary>The scale series named <paramref name="name"/>.</summary>
    /// <exception cref="PayrollDataException">The set has no such scale; the message lists the names it has.</exception>
    public DatedSeries<TaxScale> Scale(string name) =>
        name is not null && _scales.TryGetValue(name, out var series) ? series : throw Missing(name, "scale");

    /// <summary>Every amount series.</summary>
    public IEnumerable<DatedSeries<decimal>> Amounts => _amounts.Values;

    /// <summary>Every scale series.</summary>
    public IEnumerable<DatedSeries<TaxScale>> Scales => _scales.Values;

    private PayrollDataException Missing(string? name, string kind) => new(
        $"The {Jurisdiction} parameters have no {kind} named '{name}' (they have: {string.Join(", ", Names)}); add it to the parameter file.");
}
