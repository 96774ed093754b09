namespace HrKit.Points.Ledger.Sql;

internal static class ListExtensions
{
    public static T? FirstOrNull<T>(this IReadOnlyList<T> list)
        where T : class => list.Count > 0 ? list[0] : null;
}
