using HrKit.Payroll.Model;
using HrKit.Payroll.Reports;
using NodaTime;

namespace HrKit.Payroll.Periods;

public sealed partial class PayrollPeriodService
{
    /// <summary>An employee's stored payslips of a tax year, every revision, by month (streamed).</summary>
    /// <exception cref="ArgumentException"><paramref name="companyId"/> or <paramref name="employeeId"/> is null, empty or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="taxYear"/> is outside 1–9999.</exception>
    public IAsyncEnumerable<StoredPayslip> EmployeeHistoryAsync(string companyId, string employeeId, int taxYear, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(companyId);
        ArgumentException.ThrowIfNullOrWhiteSpace(employeeId);
        ArgumentOutOfRangeException.ThrowIfLessThan(taxYear, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(taxYear, 9999);
        return _store.ReadAsync(new PayslipQuery(companyId, new YearMonth(taxYear, 1), new YearMonth(taxYear, 12)) { EmployeeId = employeeId }, cancellationToken);
    }

    /// <summary>A month's register: every stored payslip of the month, every revision, by employee (streamed).</summary>
    /// <exception cref="ArgumentException"><paramref name="companyId"/> is null, empty or white space.</exception>
    public IAsyncEnumerable<StoredPayslip> RegisterAsync(string companyId, YearMonth month, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(companyId);
        return _store.ReadAsync(new PayslipQuery(companyId, month, month), cancellationToken);
    }

    /// <summary>
    /// The tax year's cumulative state of an employee after <paramref name="month"/> (the state the next month continues
    /// from: after a retro, the recalculated figures with the tax actually withheld); null when nothing is stored for
    /// that month.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="companyId"/> or <paramref name="employeeId"/> is null, empty or white space.</exception>
    public async Task<TaxYearToDate?> YearToDateAsync(string companyId, string employeeId, YearMonth month, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(companyId);
        ArgumentException.ThrowIfNullOrWhiteSpace(employeeId);
        var revisions = new List<StoredPayslip>();
        await foreach (var p in _store.ReadAsync(new PayslipQuery(companyId, month, month) { EmployeeId = employeeId }, cancellationToken).ConfigureAwait(false))
        {
            revisions.Add(p);
        }

        return revisions.Count == 0 ? null : TaxWithheldActually(revisions, []);
    }

    /// <summary>
    /// Pay structure, department cost and overtime share over months <paramref name="from"/>..<paramref name="to"/>:
    /// the payslips as paid (a retro's recalculated revisions are left out, their difference counts in the month that
    /// paid it). Department headcounts count payslips (employee-months). Streams the store.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public Task<PayrollReport> ReportAsync(string companyId, YearMonth from, YearMonth to, PayrollReportBuilder? builder = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(companyId);
        if (to.CompareTo(from) < 0)
        {
            throw new ArgumentException($"the range ends ({Iso(to)}) before it starts ({Iso(from)}).", nameof(to));
        }

        var paid = _store.ReadAsync(new PayslipQuery(companyId, from, to) { Kind = StoredPayslipKind.Paid }, cancellationToken);
        // The report builder reads a plain enumerable; it runs off the caller's thread so the store's reads can block it.
        return Task.Run(() => (builder ?? new PayrollReportBuilder()).Build(paid.ToBlockingEnumerable(cancellationToken).Select(p => p.Payslip)), cancellationToken);
    }

    /// <summary>The company's recorded runs, closes, reopens and retros, in order.</summary>
    public IAsyncEnumerable<PeriodEvent> HistoryAsync(string companyId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(companyId);
        return _store.ReadEventsAsync(companyId, cancellationToken);
    }
}
