using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HrKit.Points.Catalog;
using HrKit.Points.Ledger;
using HrKit.Points.Model;
using TestData = HrKit.Points.Tests.Support.TestData;
using NodaTime.Testing;

namespace HrKit.Points.Tests.Ledger;

public sealed class LedgerPropertyTests
{
    private static readonly string[] Employees = ["A", "B", "C"];

    /// <summary>One step: an award (source ids repeat on purpose) or a redemption attempt.</summary>
    public sealed record Step(int Source, int Employee, int Points, bool Redeem);

    private static Arbitrary<Step[]> Steps() =>
        (from source in Gen.Choose(0, 15)
         from employee in Gen.Choose(0, 2)
         from points in Gen.Choose(-12, 25)
         from redeem in Gen.Frequency((1, Gen.Constant(true)), (3, Gen.Constant(false)))
         select new Step(source, employee, points, redeem)).ArrayOf().ToArbitrary();

    private static async Task<IPointsLedgerStore> RunAsync(IEnumerable<Step> steps)
    {
        var store = PointsLedgerStores.InMemory(new FakeClock(TestData.Monday9am));
        await store.SaveItemAsync(new CatalogItem("x", "Item", CatalogItemKind.Welfare, 7));
        var n = 0;
        foreach (var s in steps)
        {
            if (s.Redeem)
            {
                try
                {
                    await store.RedeemAsync(new RedemptionRequest($"r{n++}", Employees[s.Employee], "x"));
                }
                catch (PointsLedgerException ex) when (ex.Error == PointsLedgerError.InsufficientPoints)
                {
                    // refused redemptions must leave no trace; the invariants below check that
                }
            }
            else
            {
                await store.AppendAsync([TestData.Award($"e{s.Source}", Employees[s.Employee], s.Points)]);
            }
        }

        return store;
    }

    private static Dictionary<string, long> Balances(IPointsLedgerStore store) =>
        Employees.ToDictionary(e => e, e => store.GetBalancesAsync(e).GetAwaiter().GetResult().Sum(b => b.Points));

    [Property(MaxTest = 200)]
    public Property Balances_AnySteps_EqualSumOfPostingsAndNeverNegative() => Prop.ForAll(Steps(), steps =>
    {
        var store = RunAsync(steps).GetAwaiter().GetResult();
        var postings = store.GetPostingsAsync(new PostingQuery()).GetAwaiter().GetResult();
        var balances = Balances(store);
        return Employees.All(e => balances[e] == postings.Where(p => p.EmployeeId == e).Sum(p => p.Points) && balances[e] >= 0);
    });

    [Property(MaxTest = 200)]
    public Property Balances_RunningEveryAwardTwice_SameAsOnce() => Prop.ForAll(Steps(), steps =>
    {
        var awards = steps.Where(s => !s.Redeem).ToArray();
        var once = Balances(RunAsync(awards).GetAwaiter().GetResult());
        var twice = Balances(RunAsync(awards.Concat(awards)).GetAwaiter().GetResult());
        return once.OrderBy(kv => kv.Key).SequenceEqual(twice.OrderBy(kv => kv.Key));
    });

    [Property(MaxTest = 200)]
    public Property Balances_AwardsOnly_EqualHandSumOfFirstOccurrencesClampedAtZero() => Prop.ForAll(Steps(), steps =>
    {
        var awards = steps.Where(s => !s.Redeem).ToArray();
        var balances = Balances(RunAsync(awards).GetAwaiter().GetResult());

        // Independent model: a source counts only the first time; penalties stop at zero.
        var expected = Employees.ToDictionary(e => e, _ => 0L);
        var seen = new HashSet<int>();
        foreach (var s in awards.Where(s => seen.Add(s.Source)))
        {
            var e = Employees[s.Employee];
            expected[e] = Math.Max(0, expected[e] + s.Points);
        }

        return Employees.All(e => balances[e] == expected[e]);
    });
}
