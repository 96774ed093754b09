using HrKit.Payroll.Localization;
using System.Collections.Immutable;
using System.Globalization;
using HrKit.Payroll.Engine;
using HrKit.Payroll.Jurisdictions;
using HrKit.Payroll.Model;
using NodaTime;
using NodaTime.Text;

namespace HrKit.Payroll.Periods;

/// <summary>
/// Payroll month after month on an <see cref="IPayrollPeriodStore"/>: runs months carrying the year-to-date state
/// itself, refuses gaps, closes and reopens months (recorded), recalculates closed months through retro and answers
/// history queries. Computation goes through the public <see cref="PayrollEngine"/> API. Thread-safe; the store
/// serialises writes per company. Workflow and rules: docs/payroll-periods.md.
/// </summary>
public sealed partial class PayrollPeriodService
{
    private readonly IPayrollPeriodStore _store;
    private readonly PayrollEngine _engine;
    private readonly IClock _clock;

    /// <summary>Creates the service.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public PayrollPeriodService(IPayrollPeriodStore store, PayrollEngine engine, IClock clock)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _engine = engine ?? throw new ArgumentNullException(nameof(engine));
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
    }

    /// <summary>The store.</summary>
    public IPayrollPeriodStore Store => _store;

    /// <summary>
    /// Pays and stores the employee-months of <paramref name="inputs"/>, one or several months, in one transaction:
    /// all of it is stored or nothing. Records must come in month order (all of one month, then the next); each
    /// employee's year-to-date state through the previous month is read from the store (or from the record's own
    /// <c>yearToDate</c> when the store has nothing for that employee yet, e.g. the first month kept here). A re-run
    /// open month is replaced whole. Streams: memory does not grow with the number of records.
    /// </summary>
    /// <returns>What was run and stored.</returns>
    /// <exception cref="PayrollPeriodException">
    /// A month is closed, records are out of month order, a later month already has payslips (re-run from the
    /// earliest changed month onward in one call, or use retro for closed months), or more records were rejected
    /// than <see cref="PeriodRunOptions.MaxErrorRate"/> allows. Nothing was stored.
    /// </exception>
    /// <exception cref="OperationCanceledException">Cancelled; nothing was stored.</exception>
    public async Task<PeriodRunSummary> RunAsync(string companyId, IAsyncEnumerable<EmployeeMonthInput> inputs, PeriodRunOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(companyId);
        ArgumentNullException.ThrowIfNull(inputs);
        options ??= new PeriodRunOptions();
        var tx = await _store.BeginAsync(companyId, cancellationToken).ConfigureAwait(false);
        await using (tx.ConfigureAwait(false))
        {
            var months = ImmutableArray.CreateBuilder<YearMonth>();
            long read = 0, paid = 0, rejected = 0, replaced = 0;
            PayrollError? firstError = null;
            await foreach (var input in inputs.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                ArgumentNullException.ThrowIfNull(input);
                var index = read++;
                if (months.Count == 0 || !months[^1].Equals(input.Period))
                {
                    replaced += await StartMonthAsync(tx, months, input, index, cancellationToken).ConfigureAwait(false);
                }

                var result = await PayOneAsync(tx, input, index, cancellationToken).ConfigureAwait(false);
                options.OnResult?.Invoke(result);
                if (result.IsSuccess)
                {
                    paid++;
                }
                else
                {
                    rejected++;
                    firstError ??= result.Error;
                }
            }

            var callerRejected = options.RejectedByCaller?.Invoke() ?? 0;
            await RefuseStaleLaterMonthsAsync(tx, months, cancellationToken).ConfigureAwait(false);
            var summary = new PeriodRunSummary(companyId, months.ToImmutable(), read + callerRejected, paid, rejected + callerRejected, replaced);
            if (summary.Rejected > 0 && summary.Rejected > options.MaxErrorRate * summary.Read)
            {
                throw new PayrollPeriodException(companyId, months.Count == 1 ? months[0] : null, null,
                    new LocalText("Error.Period.TooManyRejected", summary.Rejected, summary.Read, options.MaxErrorRate.ToString(CultureInfo.InvariantCulture),
                        firstError is null ? "" : new LocalText("Error.Period.FirstRejected", firstError.EmployeeId, firstError.Field, (object?)firstError.Text ?? firstError.Message)));
            }

            var events = months.Select(month => new PeriodEvent(companyId, month, PeriodAction.Run, options.Actor, _clock.GetCurrentInstant(),
                $"{paid} payslips stored over {months.Count} month(s), {summary.Rejected} rejected")).ToList();
            foreach (var e in events)
            {
                await tx.AddEventAsync(e, cancellationToken).ConfigureAwait(false);
            }

            await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
            await AuditAsync(events, cancellationToken).ConfigureAwait(false);
            return summary;
        }
    }

    // The first record of a month: the month must be open and later than the previous one; its old payslips go.
    private static async Task<long> StartMonthAsync(IPayrollPeriodTransaction tx, ImmutableArray<YearMonth>.Builder months, EmployeeMonthInput input,
        long index, CancellationToken ct)
    {
        var month = input.Period;
        if (months.Count > 0 && month.CompareTo(months[^1]) < 0 || months.Contains(month))
        {
            throw new PayrollPeriodException(tx.CompanyId, month, input.EmployeeId,
                new LocalText("Error.Period.MonthOrder", index + 1, Iso(month), Iso(months[^1])));
        }

        if (await tx.GetStatusAsync(month, ct).ConfigureAwait(false) == PeriodStatus.Closed)
        {
            throw new PayrollPeriodException(tx.CompanyId, month, null,
                new LocalText("Error.Period.RunClosed"));
        }

        months.Add(month);
        return await tx.DeleteMonthAsync(month, ct).ConfigureAwait(false);
    }

    private async Task<PayrollResult> PayOneAsync(IPayrollPeriodTransaction tx, EmployeeMonthInput input, long index, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(input.EmployeeId))
        {
            return PayrollResult.Failure(index, PayrollError.Of("?", "employeeId", new LocalText("Error.Run.EmployeeIdRequired")));
        }

        if ((await tx.GetAsync(input.EmployeeId, input.Period, ct).ConfigureAwait(false)).Count > 0)
        {
            return PayrollResult.Failure(index, PayrollError.Of(input.EmployeeId, "employeeId", new LocalText("Error.Run.EmployeeTwice", Iso(input.Period))));
        }

        var settlements = await tx.GetSettlementsAsync(input.EmployeeId, input.Period, ct).ConfigureAwait(false);
        var (basis, packBasis, error) = await BasisAsync(tx, input, IsTaxYearStart(input), settlements, ct).ConfigureAwait(false);
        if (error is not null)
        {
            return PayrollResult.Failure(index, error);
        }

        var computed = input with { YearToDate = basis, JurisdictionYearToDate = packBasis };
        var result = _engine.TryCalculate(computed, index);
        if (!result.IsSuccess)
        {
            return result;
        }

        var payslip = RetroPayslip.Apply(result.Payslip, settlements);
        await tx.AddAsync(new StoredPayslip
        {
            CompanyId = tx.CompanyId,
            EmployeeId = input.EmployeeId,
            Month = input.Period,
            Revision = 1,
            Kind = StoredPayslipKind.Paid,
            Input = computed,
            Payslip = payslip,
            Settlements = [.. settlements],
            RecordedAt = _clock.GetCurrentInstant(),
        }, ct).ConfigureAwait(false);
        return PayrollResult.Success(index, payslip);
    }

    // The year-to-date state through the previous month (China's and the jurisdiction pack's): the store's, else the
    // record's own (the first month kept here), else nothing when the employee was not employed then; else a gap.
    private static async Task<(TaxYearToDate? Basis, JurisdictionYearToDate? Pack, PayrollError? Error)> BasisAsync(IPayrollPeriodTransaction tx,
        EmployeeMonthInput input, bool taxYearStart, IReadOnlyList<RetroSettlement> settlements, CancellationToken ct)
    {
        var month = input.Period;
        if (taxYearStart)
        {
            return (input.YearToDate, input.JurisdictionYearToDate, null);
        }

        var previous = month.PlusMonths(-1);
        var revisions = await tx.GetAsync(input.EmployeeId, previous, ct).ConfigureAwait(false);
        if (revisions.Count > 0)
        {
            var stored = TaxWithheldActually(revisions, settlements);
            var pack = Current(revisions).Payslip.JurisdictionYearToDate;
            if ((input.YearToDate is { } given && given != stored) || (input.JurisdictionYearToDate is { } givenPack && givenPack != pack))
            {
                return (null, null, PayrollError.Of(input.EmployeeId, input.YearToDate is null ? "jurisdictionYearToDate" : "yearToDate",
                    new LocalText("Error.Run.YearToDateDiffers", Iso(previous))));
            }

            // Other jurisdictions keep their state in the pack's figures; China's is empty there and is not passed on.
            return (stored.ThroughMonth is null ? null : stored, pack, null);
        }

        var joinedLater = input.HireDate is { } hire && hire.CompareTo(previous.OnDayOfMonth(previous.Calendar.GetDaysInMonth(previous.Year, previous.Month))) > 0;
        var carriesOwn = input.YearToDate?.ThroughMonth is { } through && through.Equals(previous)
            || input.JurisdictionYearToDate is { } own && own.ThroughMonth.Equals(previous);
        if (joinedLater || carriesOwn)
        {
            return (input.YearToDate, input.JurisdictionYearToDate, null);
        }

        return (null, null, PayrollError.Of(input.EmployeeId, "period",
            new LocalText("Error.Run.PreviousMissing", Iso(previous), input.HireDate is { } h ? new LocalText("Error.Run.Hired", LocalDatePattern.Iso.Format(h)) : "", Iso(month))));
    }

    // The first month of the input's tax year (January for China mainland; the pack's own start otherwise) needs no
    // previous month. An unknown jurisdiction falls through: the engine rejects the record with its own message.
    private bool IsTaxYearStart(EmployeeMonthInput input) =>
        (_engine.Jurisdictions.Find(input.Jurisdiction)?.TaxYearStart(input.Period) ?? new YearMonth(input.Period.Year, 1)).Equals(input.Period);

    /// <summary>
    /// The state through a month as the next month continues from it: the current revision's cumulative figures, with
    /// the tax actually withheld (a recalculated month's own figure is what it should have withheld; a pending
    /// settlement carries what was withheld).
    /// </summary>
    internal static TaxYearToDate TaxWithheldActually(IReadOnlyList<StoredPayslip> revisions, IReadOnlyList<RetroSettlement> settlements)
    {
        var current = Current(revisions);
        var paid = revisions.Where(r => r.Kind == StoredPayslipKind.Paid).MaxBy(r => r.Revision) ?? current;
        var withheld = settlements.Count > 0 ? settlements[0].TaxWithheldBefore : paid.YearToDate.TaxWithheld;
        return current.YearToDate.TaxWithheld == withheld ? current.YearToDate : current.YearToDate with { TaxWithheld = withheld };
    }

    /// <summary>The revision in force: the latest one not superseded.</summary>
    internal static StoredPayslip Current(IReadOnlyList<StoredPayslip> revisions) =>
        revisions.Where(r => !r.IsSuperseded).MaxBy(r => r.Revision) ?? revisions.MaxBy(r => r.Revision)!;

    // Months after the first one run that this run did not replace would continue from year-to-date states that no
    // longer exist.
    private static async Task RefuseStaleLaterMonthsAsync(IPayrollPeriodTransaction tx, ImmutableArray<YearMonth>.Builder months, CancellationToken ct)
    {
        if (months.Count == 0)
        {
            return;
        }

        var stale = (await tx.MonthsWithPayslipsAsync(months[0].PlusMonths(1), MaxMonth, ct).ConfigureAwait(false)).Where(m => !months.Contains(m)).ToList();
        if (stale.Count > 0)
        {
            throw new PayrollPeriodException(tx.CompanyId, months[0], null,
                new LocalText(stale.Count == 1 ? "Error.Period.StaleMonth" : "Error.Period.StaleMonths", string.Join(", ", stale.Select(Iso)), Iso(months[0]), Iso(stale[^1])));
        }
    }

    internal static readonly YearMonth MaxMonth = new(9999, 12);

    internal static string Iso(YearMonth month) => YearMonthPattern.Iso.Format(month);
}
