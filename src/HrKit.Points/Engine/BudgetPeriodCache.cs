using HrKit.Points.Ledger;
using HrKit.Points.Policies;
using NodaTime;

namespace HrKit.Points.Engine;

/// <summary>
/// The budget periods of one batch of events, remembered while the local date repeats: the events of a batch mostly
/// fall on one day, and converting the period's bounds to instants in the policy time zone was a quarter of the cost of
/// turning a campaign policy's events into postings. Gives exactly what <see cref="BudgetPeriods.For"/> gives.
/// </summary>
internal sealed class BudgetPeriodCache(DateTimeZone zone)
{
    private LocalDate _day;
    private PostingBudget _dayPeriod;
    private bool _hasDay;
    private LocalDate _month;
    private PostingBudget _monthPeriod;
    private bool _hasMonth;

    public PostingBudget For(RuleBudget budget, LocalDate date)
    {
        if (budget.Period == CapPeriod.Day)
        {
            if (!_hasDay || date != _day)
            {
                _dayPeriod = BudgetPeriods.For(budget, date, zone);
                _day = date;
                _hasDay = true;
            }

            return _dayPeriod with { Limit = budget.Limit };
        }

        if (!_hasMonth || date.Year != _month.Year || date.Month != _month.Month || date.Calendar != _month.Calendar)
        {
            _monthPeriod = BudgetPeriods.For(budget, date, zone);
            _month = date;
            _hasMonth = true;
        }

        return _monthPeriod with { Limit = budget.Limit };
    }
}
