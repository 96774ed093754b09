using HrKit.Payroll.Jurisdictions.China;
using HrKit.Payroll.Policies;

namespace HrKit.Payroll.Engine;

/// <summary>
/// Configures and builds a <see cref="PayrollEngine"/>. Defaults: the built-in China standard policy, the built-in
/// contribution table, all processors, batches of 4 096 records.
/// </summary>
/// <example>
/// <code>
/// var engine = new PayrollEngineBuilder()
///     .WithPolicy(PayPolicyLoader.LoadFile("policy.json"))
///     .WithContributionOverrides(myCitySchedules)
///     .Build();
/// </code>
/// </example>
public sealed class PayrollEngineBuilder
{
    private PayPolicy? _policy;
    private ContributionTable? _table;
    private readonly List<CityContributionSchedule> _overrides = [];
    private int _maxDegreeOfParallelism = Environment.ProcessorCount;
    private int _batchSize = 4_096;

    /// <summary>Uses <paramref name="policy"/> instead of <see cref="PayPolicy.ChinaStandard"/>.</summary>
    public PayrollEngineBuilder WithPolicy(PayPolicy policy)
    {
        _policy = policy ?? throw new ArgumentNullException(nameof(policy));
        return this;
    }

    /// <summary>Replaces the whole contribution table.</summary>
    public PayrollEngineBuilder WithContributionTable(ContributionTable table)
    {
        _table = table ?? throw new ArgumentNullException(nameof(table));
        return this;
    }

    /// <summary>Adds or replaces city schedules on top of the table (a schedule replaces one of the same city and start date).</summary>
    public PayrollEngineBuilder WithContributionOverrides(IEnumerable<CityContributionSchedule> schedules)
    {
        ArgumentNullException.ThrowIfNull(schedules);
        _overrides.AddRange(schedules);
        return this;
    }

    /// <summary>Threads used by bulk runs (1 to 512).</summary>
    public PayrollEngineBuilder WithMaxDegreeOfParallelism(int threads)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(threads, 512);
        _maxDegreeOfParallelism = threads;
        return this;
    }

    /// <summary>Records per parallel batch in bulk runs (16 to 1 048 576); bounds the memory a run holds. Full payslips use at most 256.</summary>
    public PayrollEngineBuilder WithBatchSize(int records)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(records, 16);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(records, 1_048_576);
        _batchSize = records;
        return this;
    }

    /// <summary>Builds the immutable engine.</summary>
    public PayrollEngine Build()
    {
        var table = _table ?? ContributionTable.BuiltIn;
        if (_overrides.Count > 0)
        {
            table = table.With(_overrides);
        }

        return new PayrollEngine(_policy ?? PayPolicy.ChinaStandard, table, _maxDegreeOfParallelism, _batchSize);
    }
}
