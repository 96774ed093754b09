namespace HrKit.Points.Catalog;

/// <summary>Something employees can redeem points for.</summary>
/// <param name="Id">Unique id, e.g. <c>movie-ticket</c>.</param>
/// <param name="Name">Display name.</param>
/// <param name="Kind">What it is.</param>
/// <param name="Price">Points per redemption (positive).</param>
/// <param name="Stock">Units left; <see langword="null"/> = unlimited (e.g. downloads).</param>
/// <param name="PerEmployeeLimit">Redemptions allowed per employee; <see langword="null"/> = no limit.</param>
public sealed record CatalogItem(string Id, string Name, CatalogItemKind Kind, long Price, int? Stock = null, int? PerEmployeeLimit = null)
{
    /// <summary>The category the price is paid from.</summary>
    public string Category { get; init; } = Policies.PointsCategories.General;
}
