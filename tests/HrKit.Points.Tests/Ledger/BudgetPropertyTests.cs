using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HrKit.Points.Ledger;
using HrKit.Points.Model;
using NodaTime;
using NodaTime.Testing;
using TestData = HrKit.Points.Tests.Support.TestData;

namespace HrKit.Points.Tests.Ledger;

/// <summary>Issue 14: for any awards, in any batches, a rule budget is spent exactly up to its limit and never past it.</summary>
public sealed class BudgetPropertyTests
{
    private static readonly Instant FirstDay = Instant.FromUtc(2025, 6, 1, 16, 0);

    /// <summary>An award of <paramref name="Points"/> to employee <paramref name="Employee"/> on day <paramref name="Day"/>; <paramref name="NewBatch"/> starts another append.</summary>
    public sealed record Award(int Employee, int Day, int Points, bool NewBatch);

    /// <summary>The rule's daily budget, its daily cap per employee (0 = none), and the awards.</summary>
    public sealed record Scenario(int Budget, int Cap, Award[] Awards);

    private static Arbitrary<Scenario> Scenarios() =>
        (from budget in Gen.Choose(1, 60)
         from cap in Gen.Frequency((1, Gen.Constant(0)), (2, Gen.Choose(1, 30)))
         from awards in (from employee in Gen.Choose(0, 3)
                         from day in Gen.Choose(0, 2)
                         from points in Gen.Choose(1, 20)
                         from newBatch in Gen.Frequency((1, Gen.Constant(true)), (2, Gen.Constant(false)))
                         select new Award(employee, day, points, newBatch)).ArrayOf()
         select new Scenario(budget, cap, awards)).ToArbitrary();

    private static PostingRequest Request(Scenario s, Award a, int index)
    {
        var start = FirstDay + Duration.FromDays(a.Day);
        return new PostingRequest($"s{index}", $"s{index}/Share", $"E{a.Employee}", "general", a.Points, start + Duration.FromHours(1))
        {
            RuleName = "Share",
            Budget = new PostingBudget(start, start + Duration.FromDays(1), s.Budget),
            CapKey = s.Cap > 0 ? $"Share@{a.Day}" : null,
            CapLimit = s.Cap > 0 ? s.Cap : null,
        };
    }

    private static async Task<IReadOnlyList<Posting>> RunAsync(Scenario s)
    {
        await using var store = PointsLedgerStores.InMemory(new FakeClock(TestData.Monday9am));
        var batch = new List<PostingRequest>();
        for (var i = 0; i < s.Awards.Length; i++)
        {
            if (s.Awards[i].NewBatch && batch.Count > 0)
            {
                await store.AppendAsync(batch);
                batch = [];
            }

            batch.Add(Request(s, s.Awards[i], i));
        }

        await store.AppendAsync(batch);
        return await store.GetPostingsAsync(new PostingQuery());
    }

    [Property(MaxTest = 300)]
    public Property AppendAsync_AnyAwards_EachDaySpendsMinOfCappedRequestsAndBudget() => Prop.ForAll(Scenarios(), s =>
    {
        var postings = RunAsync(s).GetAwaiter().GetResult();

        // Independent model: per day, each employee's requests cut by the cap, summed over employees, cut by the budget.
        return Enumerable.Range(0, 3).All(day =>
        {
            var requested = s.Awards.Where(a => a.Day == day)
                .GroupBy(a => a.Employee)
                .Sum(g => s.Cap > 0 ? Math.Min(g.Sum(a => a.Points), s.Cap) : g.Sum(a => a.Points));
            var start = FirstDay + Duration.FromDays(day);
            var awarded = postings.Where(p => p.OccurredAt >= start && p.OccurredAt < start + Duration.FromDays(1)).Sum(p => p.Points);
            return awarded <= s.Budget && awarded == Math.Min(requested, s.Budget);
        });
    });
}
