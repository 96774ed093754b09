using HrKit.Migration.Localization;
using System.Collections.Immutable;
using HrKit.Migration.Journal;
using HrKit.Migration.Mapping;
using HrKit.Migration.Records;
using HrKit.Payroll.Model;
using HrKit.Payroll.Periods;
using NodaTime;
using NodaTime.Text;

namespace HrKit.Migration.Planning;

/// <summary>
/// The payroll part of a batch, inside one period-store transaction of the company: each employee-month to import
/// (a historical payslip, the opening year-to-date through a month, or both merged) is compared with what the store
/// holds and written as one stored payslip; closed months are never touched. Disposing without
/// <see cref="CommitAsync"/> discards everything.
/// </summary>
internal sealed class PayrollStep : IAsyncDisposable
{
    /// <summary>The line a migrated payslip explains itself with.</summary>
    public const string MigratedLineCode = "MIGRATED";

    private readonly IPayrollPeriodTransaction? _tx;
    private readonly List<(StoredPayslip Payslip, bool Replace)> _writes = [];
    private readonly string _actor;
    private readonly IClock _clock;
    private readonly MigrationWork _work;
    private int _disposed;

    private PayrollStep(IPayrollPeriodTransaction? tx, MigrationWork work, string actor, IClock clock)
    {
        _tx = tx;
        _work = work;
        _actor = actor;
        _clock = clock;
    }

    public static async Task<PayrollStep> StartAsync(IPayrollPeriodStore? store, MigrationWork work, string actor, IClock clock, CancellationToken ct)
    {
        if (store is null || work.Payslips.Count == 0 && work.Opening.Count == 0)
        {
            return new PayrollStep(null, work, actor, clock);
        }

        var step = new PayrollStep(await store.BeginAsync(work.CompanyId, ct).ConfigureAwait(false), work, actor, clock);
        try
        {
            await step.DiffAsync(ct).ConfigureAwait(false);
            return step;
        }
        catch
        {
            await step.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async Task CommitAsync(CancellationToken ct)
    {
        if (_tx is null || _writes.Count == 0)
        {
            return;
        }

        foreach (var (payslip, replace) in _writes)
        {
            if (replace)
            {
                await _tx.DeleteAsync(payslip.EmployeeId, payslip.Month, ct).ConfigureAwait(false);
            }

            await _tx.AddAsync(payslip, ct).ConfigureAwait(false);
        }

        foreach (var month in _writes.Select(w => w.Payslip.Month).Distinct().Order())
        {
            await _tx.AddEventAsync(new PeriodEvent(_tx.CompanyId, month, PeriodAction.Run, _actor, _clock.GetCurrentInstant(),
                $"migration batch {_work.BatchId}: {_writes.Count(w => w.Payslip.Month == month)} payslips imported"), ct).ConfigureAwait(false);
        }

        await _tx.CommitAsync(ct).ConfigureAwait(false);
    }

    public ValueTask DisposeAsync()
    {
        if (_tx is null || Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return ValueTask.CompletedTask;
        }

        return _tx.DisposeAsync();
    }

    private async Task DiffAsync(CancellationToken ct)
    {
        var names = _work.Roster.ToDictionary(r => r.EmployeeId, StringComparer.Ordinal);
        var opening = _work.Opening.ToDictionary(o => (o.EmployeeId, o.YearToDate.ThroughMonth!.Value));
        var items = _work.Payslips.Select(p => (p.EmployeeId, p.Month, Payslip: (HistoricalPayslipRecord?)p)).ToList();
        items.AddRange(_work.Opening.Where(o => !_work.Payslips.Any(p => p.EmployeeId == o.EmployeeId && p.Month == o.YearToDate.ThroughMonth))
            .Select(o => (o.EmployeeId, o.YearToDate.ThroughMonth!.Value, Payslip: (HistoricalPayslipRecord?)null)));
        foreach (var (employee, month, historical) in items)
        {
            var kind = historical is null ? MigrationSourceKind.OpeningYearToDate : MigrationSourceKind.Payslips;
            var ytd = opening.GetValueOrDefault((employee, month))?.YearToDate;
            var desired = Build(employee, month, historical, ytd, names.GetValueOrDefault(employee));
            var existing = await _tx!.GetAsync(employee, month, ct).ConfigureAwait(false);
            if (existing.Count == 1 && !existing[0].IsSuperseded && Same(existing[0].Payslip, desired.Payslip))
            {
                _work.Unchanged(kind);
                continue;
            }

            var key = $"{employee}/{YearMonthPattern.Iso.Format(month)}";
            if (await _tx.GetStatusAsync(month, ct).ConfigureAwait(false) == PeriodStatus.Closed)
            {
                var (file, row) = _work.Origins.GetValueOrDefault((kind, historical is null ? employee : key), (kind.ToString(), 0));
                _work.Reject(kind, new Reading.MigrationReject(file, row, null, MigrationText.Of("Row.MonthClosed", key)));
                continue;
            }

            var before = existing.Count == 0 ? null : existing.Select(p => p.Payslip).MaxBy(p => p.YearToDate.ThroughMonth);
            _work.Differs(kind, key, existing.Count == 0 ? null : JournalJson.Payslips(existing), Changes(before, desired.Payslip), existing.Count == 0);
            _writes.Add((desired, existing.Count > 0));
        }
    }

    private StoredPayslip Build(string employee, YearMonth month, HistoricalPayslipRecord? h, TaxYearToDate? ytd, RosterRecord? who)
    {
        var jurisdiction = who?.Jurisdiction ?? EmployeeMonthInput.DefaultJurisdiction;
        var explanation = $"imported by migration batch {_work.BatchId}";
        var lines = ImmutableArray.CreateBuilder<PayslipLine>();
        lines.Add(new PayslipLine(MigratedLineCode, h is null ? "Opening year-to-date (migrated)" : "Gross pay (migrated)", PayslipLineKind.Earning, h?.GrossPay ?? 0m, explanation));
        if (h is not null)
        {
            AddLine(lines, "MIGRATED_EMPLOYEE_CONTRIBUTIONS", "Employee contributions (migrated)", PayslipLineKind.EmployeeContribution, h.EmployeeContributions, explanation);
            AddLine(lines, "MIGRATED_WAGE_TAX", "Income tax (migrated)", PayslipLineKind.Tax, h.WageTax, explanation);
            AddLine(lines, "MIGRATED_BONUS_TAX", "Bonus tax (migrated)", PayslipLineKind.Tax, h.BonusTax, explanation);
            AddLine(lines, "MIGRATED_POST_TAX", "Post-tax deductions (migrated)", PayslipLineKind.Deduction, h.PostTaxDeductions, explanation);
            AddLine(lines, "MIGRATED_EMPLOYER_CONTRIBUTIONS", "Employer contributions (migrated)", PayslipLineKind.EmployerContribution, h.EmployerContributions, explanation);
        }

        var payslip = new Payslip
        {
            EmployeeId = employee,
            Name = who?.Name,
            Department = who?.Department,
            Period = month,
            Jurisdiction = jurisdiction,
            Lines = lines.ToImmutable(),
            GrossPay = h?.GrossPay ?? 0m,
            EmployeeContributions = h?.EmployeeContributions ?? 0m,
            WageTax = h?.WageTax ?? 0m,
            BonusTax = h?.BonusTax ?? 0m,
            PostTaxDeductions = h?.PostTaxDeductions ?? 0m,
            NetPay = h?.NetPay ?? 0m,
            EmployerContributions = h?.EmployerContributions ?? 0m,
            EmployerCost = checked((h?.GrossPay ?? 0m) + (h?.EmployerContributions ?? 0m)),
            YearToDate = ytd ?? TaxYearToDate.Empty,
        };
        return new StoredPayslip
        {
            CompanyId = _work.CompanyId,
            EmployeeId = employee,
            Month = month,
            Revision = 1,
            Kind = StoredPayslipKind.Paid,
            Input = new EmployeeMonthInput { EmployeeId = employee, Period = month, Name = who?.Name, Department = who?.Department, Jurisdiction = jurisdiction, City = who?.City ?? "" },
            Payslip = payslip,
            RecordedAt = _clock.GetCurrentInstant(),
        };
    }

    private static void AddLine(ImmutableArray<PayslipLine>.Builder lines, string code, string name, PayslipLineKind kind, decimal amount, string explanation)
    {
        if (amount != 0m)
        {
            lines.Add(new PayslipLine(code, name, kind, amount, explanation));
        }
    }

    private static bool Same(Payslip a, Payslip b) => Changes(a, b).Count == 0;

    private static List<MigrationFieldChange> Changes(Payslip? before, Payslip after)
    {
        static string? S(decimal? d) => d?.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var pairs = new (string Field, decimal? Before, decimal After)[]
        {
            ("grossPay", before?.GrossPay, after.GrossPay), ("netPay", before?.NetPay, after.NetPay),
            ("employeeContributions", before?.EmployeeContributions, after.EmployeeContributions), ("wageTax", before?.WageTax, after.WageTax),
            ("bonusTax", before?.BonusTax, after.BonusTax), ("postTaxDeductions", before?.PostTaxDeductions, after.PostTaxDeductions),
            ("employerContributions", before?.EmployerContributions, after.EmployerContributions),
            ("ytd.income", before?.YearToDate.Income, after.YearToDate.Income), ("ytd.taxWithheld", before?.YearToDate.TaxWithheld, after.YearToDate.TaxWithheld),
            ("ytd.taxFreeIncome", before?.YearToDate.TaxFreeIncome, after.YearToDate.TaxFreeIncome), ("ytd.basicDeduction", before?.YearToDate.BasicDeduction, after.YearToDate.BasicDeduction),
            ("ytd.specialDeductions", before?.YearToDate.SpecialDeductions, after.YearToDate.SpecialDeductions),
            ("ytd.specialAdditionalDeductions", before?.YearToDate.SpecialAdditionalDeductions, after.YearToDate.SpecialAdditionalDeductions),
            ("ytd.otherDeductions", before?.YearToDate.OtherDeductions, after.YearToDate.OtherDeductions), ("ytd.taxableIncome", before?.YearToDate.TaxableIncome, after.YearToDate.TaxableIncome),
        };
        var changes = pairs.Where(p => p.Before != p.After).Select(p => new MigrationFieldChange(p.Field, S(p.Before), S(p.After))).ToList();
        if (!Equals(before?.YearToDate.ThroughMonth, after.YearToDate.ThroughMonth))
        {
            changes.Add(new MigrationFieldChange("ytd.throughMonth", Month(before?.YearToDate.ThroughMonth), Month(after.YearToDate.ThroughMonth)));
        }

        return changes;
    }

    private static string? Month(YearMonth? m) => m is { } v ? YearMonthPattern.Iso.Format(v) : null;
}
