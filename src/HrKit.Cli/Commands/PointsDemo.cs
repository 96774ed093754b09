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
        await stdout.WriteLineAsync($"== Points (积分制) on SQLite {path}: sample events of June 2025 through the default policy ==").ConfigureAwait(false);
        PointsDemoResult result;
        var store = SqlitePointsLedgerStore.Create(path, SystemClock.Instance);
        await using (store.ConfigureAwait(false))
        {
            result = await PointsSamples.RunDemoAsync(store).ConfigureAwait(false);
        }

        var inv = CultureInfo.InvariantCulture;
        await stdout.WriteLineAsync(string.Create(inv, $"{result.Events.Posted.Count} postings, {result.Events.DuplicateSources.Count} duplicate deliveries dropped, {result.Redemptions.Count} redemptions.")).ConfigureAwait(false);
        foreach (var (employee, balances) in result.Balances.OrderBy(b => b.Key, StringComparer.Ordinal))
        {
            await stdout.WriteLineAsync($"  {employee}: " + string.Join(", ", balances.Select(b => string.Create(inv, $"{b.Category} {b.Points}")))).ConfigureAwait(false);
        }

        foreach (var rule in result.Report.EarningByRule)
        {
            await stdout.WriteLineAsync(string.Create(inv, $"  rule {rule.RuleName,-24} {rule.Category,-9} {rule.Points,6} points in {rule.Awards} awards")).ConfigureAwait(false);
        }

        foreach (var bonus in result.LearningBonuses)
        {
            await stdout.WriteLineAsync(string.Create(inv, $"  learning bonus {bonus.EmployeeId}: {bonus.LearningPoints} learning points -> +{bonus.Factor:P0} of the performance bonus")).ConfigureAwait(false);
        }

        await stdout.WriteLineAsync().ConfigureAwait(false);
        return result.LearningBonuses;
    }
}
