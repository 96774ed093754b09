namespace HrKit.Payroll.Jurisdictions.China;

/// <summary>
/// A range of separately taxed annual bonuses that net less than a smaller bonus (年终奖无效区间): every bonus from
/// <see cref="From"/> to <see cref="To"/> nets less than a bonus of <see cref="Boundary"/>.
/// </summary>
/// <param name="Boundary">The top of a row of the table in bonus terms (36 000, 144 000, …); the better bonus.</param>
/// <param name="NetAtBoundary">What a bonus of <see cref="Boundary"/> nets.</param>
/// <param name="From">The first bonus of the zone: <see cref="Boundary"/> + 0.01.</param>
/// <param name="To">The last bonus of the zone; one fen more nets at least <see cref="NetAtBoundary"/> again.</param>
public readonly record struct AnnualBonusDeadZone(decimal Boundary, decimal NetAtBoundary, decimal From, decimal To)
{
    /// <summary>Whether <paramref name="bonus"/> lies in the zone.</summary>
    public bool Contains(decimal bonus) => bonus >= From && bonus <= To;
}
