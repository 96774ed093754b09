using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HrKit.Payroll.Engine;
using NodaTime;

namespace HrKit.Payroll.Tests.Engine;

/// <summary>
/// The repeated-record index answers from an ascending list while ids arrive in order and from a dictionary when they
/// do not: for any sequence of (id, month) records, sorted, reversed, shuffled or mixed, with repeats and several
/// months, it reports exactly what a plain dictionary of (id, month) pairs reports.
/// </summary>
public sealed class PaidRecordIndexPropertyTests
{
    private static readonly YearMonth[] Months = [new(2026, 3), new(2026, 4), new(2025, 3)];

    // Ids from a small alphabet so that repeats, prefixes ("E1" < "E10") and ordinal-only orders ("a" > "Z") occur.
    private static Gen<string> Id =>
        Gen.Frequency(
            (3, Gen.Choose(0, 60).Select(n => "E" + n.ToString("D3", System.Globalization.CultureInfo.InvariantCulture))),
            (1, Gen.Elements("E1", "E10", "E2", "a", "Z", "é", "e", "E001", "", " ")));

    private static Gen<(string Id, YearMonth Month)> Record =>
        from id in Id
        from month in Gen.Frequency((6, Gen.Constant(Months[0])), (1, Gen.Elements(Months)))
        select (id, month);

    // Runs of records in ascending order (the common case), then anything: reversed, shuffled, repeated.
    private static Arbitrary<(string Id, YearMonth Month)[]> Records =>
        Gen.Frequency(
            (2, Record.ArrayOf()),
            (2, Record.ArrayOf().Select(r => r.OrderBy(x => x.Id, StringComparer.Ordinal).ToArray())),
            (1, Record.ArrayOf().Select(r => r.OrderByDescending(x => x.Id, StringComparer.Ordinal).ToArray())),
            (2, from a in Record.ArrayOf()
                from b in Record.ArrayOf()
                select a.OrderBy(x => x.Id, StringComparer.Ordinal).Concat(b).Concat(a.OrderBy(x => x.Id, StringComparer.Ordinal)).ToArray()))
        .ToArbitrary();

    [Property(MaxTest = 1_000)]
    public Property FirstIndexOrAdd_AnySequence_SameAnswersAsAPairDictionary() => Prop.ForAll(Records, records =>
    {
        var index = new PaidRecordIndex(records.Length);
        var reference = new Dictionary<(string, YearMonth), long>();
        for (var i = 0; i < records.Length; i++)
        {
            var expected = reference.TryAdd(records[i], i) ? -1 : reference[records[i]];
            if (index.FirstIndexOrAdd(records[i].Id, records[i].Month, i) != expected)
            {
                return false;
            }
        }

        return true;
    });

    [Fact]
    public void FirstIndexOrAdd_SortedThenEarlierIdAgain_ReturnsItsFirstIndex()
    {
        var index = new PaidRecordIndex(0);
        var march = new YearMonth(2026, 3);
        Assert.Equal(-1, index.FirstIndexOrAdd("E001", march, 0));
        Assert.Equal(-1, index.FirstIndexOrAdd("E002", march, 1));
        Assert.Equal(-1, index.FirstIndexOrAdd("E003", march, 2));
        Assert.Equal(1, index.FirstIndexOrAdd("E002", march, 3));   // out of order, found in the ascending list
        Assert.Equal(-1, index.FirstIndexOrAdd("E0025", march, 4)); // out of order and new
        Assert.Equal(4, index.FirstIndexOrAdd("E0025", march, 5));  // found among the out-of-order ids
        Assert.Equal(-1, index.FirstIndexOrAdd("E002", new YearMonth(2026, 4), 6)); // another month is another pair
    }
}
