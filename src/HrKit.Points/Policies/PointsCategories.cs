namespace HrKit.Points.Policies;

/// <summary>Well-known points categories; policies may use any lower-case name.</summary>
public static class PointsCategories
{
    /// <summary>Everyday behaviour: attendance, sharing, commenting.</summary>
    public const string General = "general";

    /// <summary>Learning; feeds the payroll learning bonus factor.</summary>
    public const string Learning = "learning";
}
