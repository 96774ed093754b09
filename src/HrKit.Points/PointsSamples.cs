using HrKit.Points.Analytics;
using HrKit.Points.Catalog;
using HrKit.Points.Engine;
using HrKit.Points.Ledger;
using HrKit.Points.Model;
using HrKit.Points.Policies;
using HrKit.Points.Serialization;
using NodaTime;

namespace HrKit.Points;

/// <summary>
/// The built-in sample (docs/samples/points-events.jsonl: three employees in June 2025, one redelivered event)
/// and a one-call demo on any ledger store, for <c>hrkit demo</c> and for trying the package.
/// </summary>
public static class PointsSamples
{
    private const string EventsResource = "HrKit.Points.Samples.points-events.jsonl";

    /// <summary>The month the sample events fall in.</summary>
    public static readonly YearMonth SampleMonth = new(2025, 6);

    /// <summary>The sample events in file order.</summary>
    /// <exception cref="InvalidOperationException">The embedded sample is missing from the assembly (a broken build).</exception>
    public static IReadOnlyList<PointsEvent> LoadSampleEvents()
    {
        using var stream = typeof(PointsSamples).Assembly.GetManifestResourceStream(EventsResource)
            ?? throw new InvalidOperationException($"Embedded resource '{EventsResource}' is missing from the build.");
        return PointsJson.ReadEventLines(stream);
    }

    /// <summary>A small catalog: a download, a course seat and two welfare items.</summary>
    public static IReadOnlyList<CatalogItem> SampleCatalog { get; } =
    [
        new("excel-handbook", "Excel handbook (PDF)", CatalogItemKind.Material, 5) { Category = PointsCategories.Learning },
        new("course-leadership", "Leadership course seat", CatalogItemKind.TrainingCourse, 15, Stock: 10, PerEmployeeLimit: 1) { Category = PointsCategories.Learning },
        new("movie-ticket", "Movie ticket", CatalogItemKind.Welfare, 20, Stock: 50, PerEmployeeLimit: 2),
        new("gym-card", "Gym card (1 month)", CatalogItemKind.Welfare, 60, Stock: 5, PerEmployeeLimit: 1),
    ];

    /// <summary>
    /// Stocks the sample catalog in <paramref name="store"/>, replays the sample events through the default policy,
    /// redeems a movie ticket and an Excel handbook for E001, and reports. Running it twice on the same ledger changes
    /// nothing the second time. The caller owns <paramref name="store"/> (e.g. <c>SqlitePointsLedgerStore.Create("demo.db", clock)</c>).
    /// </summary>
    /// <exception cref="Ledger.PointsLedgerException">The ledger refused a write (it already holds other data for the sample employees).</exception>
    public static async Task<PointsDemoResult> RunDemoAsync(IPointsLedgerStore store, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var options = Microsoft.Extensions.Options.Options.Create(new PointsOptions());
        foreach (var item in SampleCatalog)
        {
            if ((await store.GetItemsAsync(cancellationToken).ConfigureAwait(false)).All(i => i.Id != item.Id))
            {
                await store.SaveItemAsync(item, cancellationToken).ConfigureAwait(false);
            }
        }

        var service = new PointsService(new StaticPointsPolicySource(PointsPolicyLoader.LoadDefault()), store, options);
        var appended = await service.ProcessBatchAsync(LoadSampleEvents(), cancellationToken).ConfigureAwait(false);
        var redemptions = new List<Posting>
        {
            await service.RedeemAsync(new RedemptionRequest("demo-E001-movie", "E001", "movie-ticket"), cancellationToken).ConfigureAwait(false),
            await service.RedeemAsync(new RedemptionRequest("demo-E001-handbook", "E001", "excel-handbook"), cancellationToken).ConfigureAwait(false),
        };
        var employees = new[] { "E001", "E002", "E003" };
        var balances = new Dictionary<string, IReadOnlyList<CategoryBalance>>(StringComparer.Ordinal);
        foreach (var e in employees)
        {
            balances[e] = await service.GetBalancesAsync(e, cancellationToken).ConfigureAwait(false);
        }

        var report = await new PointsAnalytics(store, options).GetReportAsync(SampleMonth.OnDayOfMonth(1), SampleMonth.OnDayOfMonth(30), cancellationToken).ConfigureAwait(false);
        var bonuses = await new LearningBonusCalculator(store, options).GetAllAsync(SampleMonth, cancellationToken).ConfigureAwait(false);
        return new PointsDemoResult(appended, redemptions, balances, report, bonuses);
    }
}
