using HrKit.Points.Analytics;
using HrKit.Points.Ledger;
using HrKit.Points.Model;

namespace HrKit.Points;

/// <summary>What <see cref="PointsSamples.RunDemoAsync"/> did.</summary>
/// <param name="Events">Postings from the sample events (empty on a second run; duplicates listed).</param>
/// <param name="Redemptions">The demo redemptions (the same postings on a second run).</param>
/// <param name="Balances">Balances per employee.</param>
/// <param name="Report">June 2025 analytics.</param>
/// <param name="LearningBonuses">June 2025 learning bonus factors for payroll.</param>
public sealed record PointsDemoResult(
    AppendResult Events,
    IReadOnlyList<Posting> Redemptions,
    IReadOnlyDictionary<string, IReadOnlyList<CategoryBalance>> Balances,
    PointsReport Report,
    IReadOnlyList<LearningBonus> LearningBonuses);
