namespace HrKit.Points.Catalog;

/// <summary>What a catalog item is.</summary>
public enum CatalogItemKind
{
    /// <summary>A downloadable study material.</summary>
    Material = 0,

    /// <summary>A training course seat.</summary>
    TrainingCourse = 1,

    /// <summary>Welfare such as a movie ticket or a gym card.</summary>
    Welfare = 2,
}
