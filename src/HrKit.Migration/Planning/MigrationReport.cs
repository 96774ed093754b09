using System.Collections.Immutable;
using HrKit.Migration.Reading;

namespace HrKit.Migration.Planning;

/// <summary>What a plan found or an apply did.</summary>
/// <param name="BatchId">The batch (given, or derived from the exports' content so the same exports get the same id).</param>
/// <param name="DryRun">True for a plan: only a sandbox copy was written.</param>
/// <param name="Applied">True when the stores (the sandbox for a plan) now hold the batch; false when rows were rejected and apply wrote nothing, or nothing needed writing.</param>
/// <param name="Counts">Per export: read, new, changed, unchanged, rejected.</param>
/// <param name="Rejects">Rejected rows with file, row and column (the first <see cref="MaxListed"/>).</param>
/// <param name="Differences">New and changed items with the fields that differ (the first <see cref="MaxListed"/>).</param>
/// <param name="LeftOut">How many rejects and differences were counted but not listed.</param>
public sealed record MigrationReport(string BatchId, bool DryRun, bool Applied, ImmutableArray<MigrationCounts> Counts, ImmutableArray<MigrationReject> Rejects,
    ImmutableArray<MigrationDifference> Differences, long LeftOut)
{
    /// <summary>How many rejects, and how many differences, a report lists at most.</summary>
    public const int MaxListed = 1000;

    /// <summary>Rows rejected over every export.</summary>
    public long RejectedTotal => Counts.Sum(c => c.Rejected);

    /// <summary>Items new or changed over every export: what apply writes.</summary>
    public long ChangesTotal => Counts.Sum(c => c.New + c.Changed);
}
