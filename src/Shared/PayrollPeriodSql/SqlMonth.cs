using NodaTime;

namespace HrKit.Payroll.Periods.Sql;

/// <summary>A month as the <c>yyyymm</c> integer the tables store: ordered like the months, readable in a query.</summary>
internal static class SqlMonth
{
    public static long Key(YearMonth month) => month.Year * 100L + month.Month;

    public static YearMonth Parse(long key) => new((int)(key / 100), (int)(key % 100));
}
