using System.Collections.Immutable;
using HrKit.Migration.Journal;
using HrKit.Migration.Mapping;
using HrKit.Migration.Reading;
using HrKit.Migration.Records;

namespace HrKit.Migration.Planning;

/// <summary>One run's state: the records read, the rejects, the counts and differences found, the journal of what it changes.</summary>
internal sealed class MigrationWork(string companyId, string batchId)
{
    private readonly Dictionary<MigrationSourceKind, long[]> _counts = [];
    private readonly List<MigrationDifference> _differences = [];
    private readonly List<MigrationReject> _rejects = [];
    private long _leftOut;

    public string CompanyId => companyId;

    public string BatchId { get; set; } = batchId;

    public List<RosterRecord> Roster { get; } = [];

    public List<OpeningYearToDateRecord> Opening { get; } = [];

    public List<HistoricalPayslipRecord> Payslips { get; } = [];

    public List<PointsBalanceRecord> Points { get; } = [];

    /// <summary>Where each accepted item came from: file and row, by kind and key.</summary>
    public Dictionary<(MigrationSourceKind Kind, string Key), (string File, long Row)> Origins { get; } = [];

    public ImmutableArray<MigrationJournalItem>.Builder Journal { get; } = ImmutableArray.CreateBuilder<MigrationJournalItem>();

    public long RejectedTotal => _counts.Values.Sum(c => c[4]);

    public long ChangesTotal => _counts.Values.Sum(c => c[1] + c[2]);

    public void Read(MigrationSourceKind kind) => Counts(kind)[0]++;

    public void Reject(MigrationSourceKind kind, MigrationReject reject)
    {
        Counts(kind)[4]++;
        if (_rejects.Count < MigrationReport.MaxListed)
        {
            _rejects.Add(reject);
        }
        else
        {
            _leftOut++;
        }
    }

    public void Unchanged(MigrationSourceKind kind) => Counts(kind)[3]++;

    public void Differs(MigrationSourceKind kind, string key, string? before, IReadOnlyList<MigrationFieldChange> fields, bool isNew)
    {
        Counts(kind)[isNew ? 1 : 2]++;
        Journal.Add(new MigrationJournalItem(kind, key, before));
        if (_differences.Count < MigrationReport.MaxListed)
        {
            _differences.Add(new MigrationDifference(kind, key, isNew ? MigrationChange.New : MigrationChange.Changed, [.. fields]));
        }
        else
        {
            _leftOut++;
        }
    }

    public MigrationReport Report(bool dryRun, bool applied) =>
        new(BatchId, dryRun, applied,
            [.. _counts.OrderBy(c => c.Key).Select(c => new MigrationCounts(c.Key, c.Value[0], c.Value[1], c.Value[2], c.Value[3], c.Value[4]))],
            [.. _rejects], [.. _differences], _leftOut);

    private long[] Counts(MigrationSourceKind kind) => _counts.TryGetValue(kind, out var c) ? c : _counts[kind] = new long[5];
}
