using System.Globalization;
using HrKit.Points;
using HrKit.Points.Analytics;
using HrKit.Points.Ledger;
using NodaTime;

namespace HrKit.Cli.Commands;

/// <summary>The points half of <c>hrkit demo</c>: the sample events on an embedded SQLite ledger.</summary>
internal static class PointsDemo
{
    /// <summary>Runs the points sample and returns each employee's learning bonus factor for the payroll half.</summary>
    public static async Task<IReadOnlyList<LearningBonus>> RunAsync(string path, TextWriter stdout)
    {
        await stdout.WriteLineAsync(CliStrings.Format("Demo.Points", path)).ConfigureAwait(false);
        PointsDemoResult result;
        var store = SqlitePointsLedgerStore.Create(path, SystemClock.Instance);
        await using (store.ConfigureAwait(false))
        {
            result = await PointsSamples.RunDemoAsync(store).ConfigureAwait(false);
        }

        var inv = CultureInfo.InvariantCulture;
        await stdout.WriteLineAsync(CliStrings.Format("Demo.Points.Summary", result.Events.Posted.Count, result.Events.DuplicateSources.Count, result.Redemptions.Count)).ConfigureAwait(false);
        foreach (var (employee, balances) in result.Balances.OrderBy(b => b.Key, StringComparer.Ordinal))
        {
            await stdout.WriteLineAsync($"  {employee}: " + string.Join(", ", balances.Select(b => string.Create(inv, $"{b.Category} {b.Points}")))).ConfigureAwait(false);
        }

        foreach (var rule in result.Report.EarningByRule)
        {
            await stdout.WriteLineAsync(CliStrings.Format("Demo.Points.Rule", rule.RuleName, rule.Category, rule.Points, rule.Awards)).ConfigureAwait(false);
        }

        foreach (var bonus in result.LearningBonuses)
        {
            await stdout.WriteLineAsync(CliStrings.Format("Demo.Points.Learning", bonus.EmployeeId, bonus.LearningPoints, bonus.Factor)).ConfigureAwait(false);
        }

        await stdout.WriteLineAsync().ConfigureAwait(false);
        return result.LearningBonuses;
    }
}
