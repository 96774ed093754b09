using HrKit.Payroll.Localization;
using System.Collections.Immutable;
using HrKit.Payroll.Jurisdictions;
using HrKit.Payroll.Model;
using NodaTime;

namespace HrKit.Payroll.Periods;

public sealed partial class PayrollPeriodService
{
    private const int EmployeePage = 1_000;

    /// <summary>
    /// Recomputes closed months in order (corrected inputs, or everyone from <see cref="RetroRequest.From"/> with this
    /// service's engine) and puts the difference into the open month <see cref="RetroRequest.SettleIn"/> as explained
    /// retro lines: original, recalculated and delta per component. The closed months' payslips stay as they were,
    /// marked superseded, beside their recalculated revision; tax is recomputed cumulatively in the settlement month.
    /// Payslips already run in the settlement month are recomputed with it; otherwise it is paid when that month is run.
    /// One transaction: all of it is stored or nothing. Employees are processed one at a time (paged).
    /// </summary>
    /// <exception cref="PayrollPeriodException">
    /// The settlement month is closed or a later month has payslips; a corrected or recalculated month is open (re-run
    /// it instead) or in another tax year; a correction has no stored payslip to correct; a recalculation fails (the
    /// message names employee, month and field); the reason is empty. Nothing was stored.
    /// </exception>
    public async Task<RetroSummary> RetroAsync(RetroRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.CompanyId);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Actor);
        var (company, settleIn) = (request.CompanyId, request.SettleIn);
        if (string.IsNullOrWhiteSpace(request.Reason))
        {
            throw new PayrollPeriodException(company, settleIn, null, new LocalText("Error.Period.RetroReason"));
        }

        var corrections = GroupCorrections(request);
        var tx = await _store.BeginAsync(company, cancellationToken).ConfigureAwait(false);
        await using (tx.ConfigureAwait(false))
        {
            await CheckSettlementMonthAsync(tx, settleIn, cancellationToken).ConfigureAwait(false);
            var run = new RetroRun(this, tx, request, new Dictionary<YearMonth, PeriodStatus>());
            if (request.From is { } from)
            {
                string? after = null;
                while (true)
                {
                    var page = await tx.EmployeesAsync(from, settleIn.PlusMonths(-1), after, EmployeePage, cancellationToken).ConfigureAwait(false);
                    foreach (var employee in page)
                    {
                        var own = corrections.GetValueOrDefault(employee);
                        var start = own is { Count: > 0 } && own.Keys[0].CompareTo(from) < 0 ? own.Keys[0] : from;
                        await run.EmployeeAsync(employee, start, own, cancellationToken).ConfigureAwait(false);
                    }

                    if (page.Count < EmployeePage)
                    {
                        break;
                    }

                    after = page[^1];
                }
            }
            else
            {
                foreach (var (employee, months) in corrections)
                {
                    await run.EmployeeAsync(employee, months.Keys[0], months, cancellationToken).ConfigureAwait(false);
                }
            }

            var retro = new PeriodEvent(company, settleIn, PeriodAction.Retro, request.Actor, _clock.GetCurrentInstant(),
                $"{request.Reason.Trim()} ({run.Settlements} settlement(s), {run.MonthsRecalculated} employee-month(s) recalculated)");
            await tx.AddEventAsync(retro, cancellationToken).ConfigureAwait(false);
            await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
            await AuditAsync([retro], cancellationToken).ConfigureAwait(false);
            return new RetroSummary(company, settleIn, run.Employees, run.Settlements, run.MonthsRecalculated, run.PayslipsUpdated);
        }
    }

    private static SortedDictionary<string, SortedList<YearMonth, EmployeeMonthInput>> GroupCorrections(RetroRequest request)
    {
        var (company, settleIn) = (request.CompanyId, request.SettleIn);
        if (request.Corrections.Count == 0 && request.From is null)
        {
            throw new PayrollPeriodException(company, settleIn, null, new LocalText("Error.Period.RetroNothing"));
        }

        if (request.From is { } from && (from.Year != settleIn.Year || from.CompareTo(settleIn) >= 0))
        {
            throw new PayrollPeriodException(company, from, null, new LocalText("Error.Period.RetroFrom", settleIn.Year, Iso(settleIn)));
        }

        var byEmployee = new SortedDictionary<string, SortedList<YearMonth, EmployeeMonthInput>>(StringComparer.Ordinal);
        foreach (var c in request.Corrections)
        {
            ArgumentNullException.ThrowIfNull(c);
            if (c.Period.Year != settleIn.Year || c.Period.CompareTo(settleIn) >= 0)
            {
                throw new PayrollPeriodException(company, c.Period, c.EmployeeId,
                    new LocalText("Error.Period.RetroCorrectionMonth", settleIn.Year, Iso(settleIn)));
            }

            if (!byEmployee.TryGetValue(c.EmployeeId, out var months))
            {
                byEmployee[c.EmployeeId] = months = [];
            }

            if (!months.TryAdd(c.Period, c))
            {
                throw new PayrollPeriodException(company, c.Period, c.EmployeeId, new LocalText("Error.Period.CorrectedTwice"));
            }
        }

        return byEmployee;
    }

    private static async Task CheckSettlementMonthAsync(IPayrollPeriodTransaction tx, YearMonth settleIn, CancellationToken ct)
    {
        if (await tx.GetStatusAsync(settleIn, ct).ConfigureAwait(false) == PeriodStatus.Closed)
        {
            throw new PayrollPeriodException(tx.CompanyId, settleIn, null, new LocalText("Error.Period.SettlementClosed"));
        }

        var later = await tx.MonthsWithPayslipsAsync(settleIn.PlusMonths(1), MaxMonth, ct).ConfigureAwait(false);
        if (later.Count > 0)
        {
            throw new PayrollPeriodException(tx.CompanyId, settleIn, null, new LocalText("Error.Period.SettleInLatest", Iso(later[0]), Iso(later[^1])));
        }
    }

    /// <summary>One retro's state: the employees done so far and the month statuses seen.</summary>
    private sealed class RetroRun(PayrollPeriodService service, IPayrollPeriodTransaction tx, RetroRequest request, Dictionary<YearMonth, PeriodStatus> statuses)
    {
        public int Employees, Settlements, MonthsRecalculated, PayslipsUpdated;

        public async Task EmployeeAsync(string employeeId, YearMonth start, SortedList<YearMonth, EmployeeMonthInput>? corrections, CancellationToken ct)
        {
            var settleIn = request.SettleIn;
            var lines = ImmutableArray.CreateBuilder<RetroLine>();
            decimal gross = 0, employee = 0, bonusTax = 0, postTax = 0, employer = 0, cost = 0, withheld = 0;
            var (basis, packBasis) = start.Month == 1 ? default : await ShouldBeAsync(employeeId, start.PlusMonths(-1), ct).ConfigureAwait(false);
            var changed = new List<(StoredPayslip Original, EmployeeMonthInput Input, Payslip Recalculated)>();
            for (var month = start; month.CompareTo(settleIn) < 0; month = month.PlusMonths(1))
            {
                var revisions = await tx.GetAsync(employeeId, month, ct).ConfigureAwait(false);
                var correction = corrections?.GetValueOrDefault(month);
                if (revisions.Count == 0)
                {
                    if (correction is not null)
                    {
                        throw new PayrollPeriodException(tx.CompanyId, month, employeeId, new LocalText("Error.Period.NothingToCorrect"));
                    }

                    (basis, packBasis) = (null, null);
                    continue;
                }

                await RequireClosedAsync(month, employeeId, ct).ConfigureAwait(false);
                var original = Current(revisions);
                withheld = revisions.Where(r => r.Kind == StoredPayslipKind.Paid).MaxBy(r => r.Revision)!.YearToDate.TaxWithheld;
                var input = (correction ?? original.Input) with
                {
                    YearToDate = basis is { ThroughMonth: not null } ? basis : original.Input.YearToDate,
                    JurisdictionYearToDate = packBasis ?? original.Input.JurisdictionYearToDate,
                };
                var recalculated = service.Recalculate(tx.CompanyId, input);
                var before = lines.Count;
                RetroComparison.AddLines(month, original, recalculated, lines);
                var own = RetroPayslip.OwnTotals(original);
                gross += recalculated.GrossPay - own.Gross;
                employee += recalculated.EmployeeContributions - own.Employee;
                bonusTax += recalculated.BonusTax - own.BonusTax;
                postTax += recalculated.PostTaxDeductions - own.PostTax;
                employer += recalculated.EmployerContributions - own.Employer;
                cost += recalculated.EmployerCost - own.Cost;
                if (lines.Count > before || recalculated.YearToDate != original.YearToDate
                    || recalculated.JurisdictionYearToDate != original.Payslip.JurisdictionYearToDate)
                {
                    changed.Add((original, input, recalculated));
                }

                (basis, packBasis) = (recalculated.YearToDate, recalculated.JurisdictionYearToDate);
            }

            Employees++;
            if (changed.Count == 0)
            {
                return;
            }

            foreach (var (original, input, recalculated) in changed)
            {
                await tx.SupersedeAsync(employeeId, original.Month, ct).ConfigureAwait(false);
                var revisions = await tx.GetAsync(employeeId, original.Month, ct).ConfigureAwait(false);
                await tx.AddAsync(new StoredPayslip
                {
                    CompanyId = tx.CompanyId,
                    EmployeeId = employeeId,
                    Month = original.Month,
                    Revision = revisions.Max(r => r.Revision) + 1,
                    Kind = StoredPayslipKind.Recalculated,
                    Input = input,
                    Payslip = recalculated,
                    SettledIn = settleIn,
                    RecordedAt = service._clock.GetCurrentInstant(),
                }, ct).ConfigureAwait(false);
                MonthsRecalculated++;
            }

            var pending = await tx.GetSettlementsAsync(employeeId, settleIn, ct).ConfigureAwait(false);
            var settlement = new RetroSettlement
            {
                EmployeeId = employeeId,
                SettledIn = settleIn,
                From = changed[0].Original.Month,
                Through = changed[^1].Original.Month,
                Lines = lines.ToImmutable(),
                GrossPay = gross,
                EmployeeContributions = employee,
                BonusTax = bonusTax,
                PostTaxDeductions = postTax,
                EmployerContributions = employer,
                EmployerCost = cost,
                // Withheld before the settlement month: unchanged by an earlier retro settled in the same month.
                TaxWithheldBefore = pending.Count > 0 ? pending[0].TaxWithheldBefore : withheld,
                Reason = request.Reason.Trim(),
            };
            await tx.AddSettlementAsync(settlement, ct).ConfigureAwait(false);
            Settlements++;
            request.OnSettlement?.Invoke(settlement);
            await RepayOpenMonthAsync(employeeId, [.. pending, settlement], ct).ConfigureAwait(false);
        }

        // The state through a month as it should have been: the current revision's own figures.
        private async Task<(TaxYearToDate?, JurisdictionYearToDate?)> ShouldBeAsync(string employeeId, YearMonth month, CancellationToken ct)
        {
            var revisions = await tx.GetAsync(employeeId, month, ct).ConfigureAwait(false);
            return revisions.Count == 0 ? default : (Current(revisions).YearToDate, Current(revisions).Payslip.JurisdictionYearToDate);
        }

        private async Task RequireClosedAsync(YearMonth month, string employeeId, CancellationToken ct)
        {
            if (!statuses.TryGetValue(month, out var status))
            {
                statuses[month] = status = await tx.GetStatusAsync(month, ct).ConfigureAwait(false);
            }

            if (status != PeriodStatus.Closed)
            {
                throw new PayrollPeriodException(tx.CompanyId, month, employeeId, new LocalText("Error.Period.RetroOpenMonth"));
            }
        }

        // The settlement month already paid this employee: pay it again on the recalculated year-to-date with every settlement.
        private async Task RepayOpenMonthAsync(string employeeId, IReadOnlyList<RetroSettlement> settlements, CancellationToken ct)
        {
            var settleIn = request.SettleIn;
            var paid = await tx.GetAsync(employeeId, settleIn, ct).ConfigureAwait(false);
            if (paid.Count == 0)
            {
                return;
            }

            var previous = await tx.GetAsync(employeeId, settleIn.PlusMonths(-1), ct).ConfigureAwait(false);
            var original = Current(paid);
            var input = previous.Count == 0 ? original.Input : original.Input with
            {
                YearToDate = TaxWithheldActually(previous, settlements) is { ThroughMonth: not null } withheld ? withheld : null,
                JurisdictionYearToDate = Current(previous).Payslip.JurisdictionYearToDate,
            };
            var payslip = RetroPayslip.Apply(service.Recalculate(tx.CompanyId, input), settlements);
            await tx.DeleteAsync(employeeId, settleIn, ct).ConfigureAwait(false);
            await tx.AddAsync(original with { Input = input, Payslip = payslip, Settlements = [.. settlements], RecordedAt = service._clock.GetCurrentInstant() }, ct).ConfigureAwait(false);
            PayslipsUpdated++;
        }
    }

    private Payslip Recalculate(string companyId, EmployeeMonthInput input)
    {
        try
        {
            return _engine.Calculate(input);
        }
        catch (PayrollInputException ex)
        {
            throw new PayrollPeriodException(companyId, input.Period, input.EmployeeId, new LocalText("Error.Period.Recalculation", ex.Field, ex.ProblemText ?? (object)ex.Problem));
        }
    }
}
