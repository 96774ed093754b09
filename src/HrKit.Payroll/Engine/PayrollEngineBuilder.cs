using HrKit.Payroll.Diagnostics;
using HrKit.Payroll.Jurisdictions;
using HrKit.Payroll.Jurisdictions.China;
using HrKit.Payroll.Policies;

namespace HrKit.Payroll.Engine;

/// <summary>
/// Configures and builds a <see cref="PayrollEngine"/>. Defaults: the built-in jurisdiction packs
/// (<see cref="JurisdictionRegistry.BuiltIn"/>, China mainland with the built-in contribution table among them),
/// each pack's default pay policy, all processors, batches of 2 048 records.
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
    private readonly Dictionary<string, PayPolicy> _policies = new(StringComparer.OrdinalIgnoreCase);
    private JurisdictionRegistry _jurisdictions = JurisdictionRegistry.BuiltIn;
    private ContributionTable? _table;
    private readonly List<CityContributionSchedule> _overrides = [];
    private int _maxDegreeOfParallelism = Environment.ProcessorCount;
    private int _batchSize = 2_048;
    private PayrollMetrics _metrics = PayrollTelemetry.Metrics;

    /// <summary>
    /// Uses <paramref name="policy"/> instead of <see cref="PayPolicy.ChinaStandard"/> for China mainland, the default
    /// jurisdiction: the same as <c>WithPolicy("CN", policy)</c>. A policy's amounts and statutory premiums belong to
    /// one jurisdiction's law and currency, so other jurisdictions keep their pack's <see cref="JurisdictionPack.DefaultPolicy"/>
    /// unless given their own with <see cref="WithPolicy(string, PayPolicy)"/>.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public PayrollEngineBuilder WithPolicy(PayPolicy policy) =>
        WithPolicy(ChinaMainlandPack.JurisdictionCode, policy ?? throw new ArgumentNullException(nameof(policy)));

    /// <summary>Pays the employees of <paramref name="jurisdiction"/> (a pack code, e.g. <c>HK</c>) under <paramref name="policy"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="jurisdiction"/> is empty.</exception>
    public PayrollEngineBuilder WithPolicy(string jurisdiction, PayPolicy policy)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(jurisdiction);
        _policies[jurisdiction] = policy ?? throw new ArgumentNullException(nameof(policy));
        return this;
    }

    /// <summary>Registers <paramref name="pack"/>, replacing a pack of the same code (a built-in one included).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="pack"/> is null.</exception>
    public PayrollEngineBuilder WithJurisdiction(JurisdictionPack pack)
    {
        _jurisdictions = _jurisdictions.With(pack ?? throw new ArgumentNullException(nameof(pack)));
        return this;
    }

    /// <summary>Uses exactly the packs of <paramref name="jurisdictions"/> instead of the built-in ones.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="jurisdictions"/> is null.</exception>
    public PayrollEngineBuilder WithJurisdictions(JurisdictionRegistry jurisdictions)
    {
        _jurisdictions = jurisdictions ?? throw new ArgumentNullException(nameof(jurisdictions));
        return this;
    }

    /// <summary>Replaces the whole contribution table of the China mainland pack.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    public PayrollEngineBuilder WithContributionTable(ContributionTable table)
    {
        _table = table ?? throw new ArgumentNullException(nameof(table));
        return this;
    }

    /// <summary>Adds or replaces city schedules on top of the table (a schedule replaces one of the same city and start date).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="schedules"/> is null.</exception>
    public PayrollEngineBuilder WithContributionOverrides(IEnumerable<CityContributionSchedule> schedules)
    {
        ArgumentNullException.ThrowIfNull(schedules);
        _overrides.AddRange(schedules);
        return this;
    }

    /// <summary>Threads used by bulk runs (1 to 512).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threads"/> is below 1 or above 512.</exception>
    public PayrollEngineBuilder WithMaxDegreeOfParallelism(int threads)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(threads, 512);
        _maxDegreeOfParallelism = threads;
        return this;
    }

    /// <summary>Records per parallel batch in bulk runs (16 to 1 048 576); bounds the memory a run holds. Full payslips use at most 256.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="records"/> is below 16 or above 1,048,576.</exception>
    public PayrollEngineBuilder WithBatchSize(int records)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(records, 16);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(records, 1_048_576);
        _batchSize = records;
        return this;
    }

    /// <summary>Builds the immutable engine.</summary>
    /// <exception cref="ArgumentException">A policy was given for a jurisdiction that has no pack; the message lists the codes.</exception>
    public PayrollEngine Build()
    {
        var jurisdictions = _jurisdictions;
        if (_table is not null || _overrides.Count > 0)
        {
            var current = jurisdictions.Find(ChinaMainlandPack.JurisdictionCode) as ChinaMainlandPack;
            var table = _table ?? current?.Contributions ?? ContributionTable.BuiltIn;
            jurisdictions = jurisdictions.With(new ChinaMainlandPack(_overrides.Count > 0 ? table.With(_overrides) : table));
        }

        foreach (var code in _policies.Keys)
        {
            // The default jurisdiction's policy is kept for a registry without China mainland, as before packs existed.
            if (jurisdictions.Find(code) is null && !string.Equals(code, ChinaMainlandPack.JurisdictionCode, StringComparison.OrdinalIgnoreCase))
            {
                throw new ArgumentException($"WithPolicy names jurisdiction '{code}', which has no pack (known: {string.Join(", ", jurisdictions.Codes)}); register it with WithJurisdiction first.");
            }
        }

        var policies = jurisdictions.Packs.ToDictionary(p => p.Code, p => _policies.GetValueOrDefault(p.Code) ?? p.DefaultPolicy, StringComparer.OrdinalIgnoreCase);
        return new PayrollEngine(jurisdictions, policies, _maxDegreeOfParallelism, _batchSize) { Metrics = _metrics };
    }

    /// <summary>The meter the engine counts on; <c>AddHrKitPayroll</c> passes the host's.</summary>
    internal PayrollEngineBuilder WithMetrics(PayrollMetrics metrics)
    {
        _metrics = metrics;
        return this;
    }
}
