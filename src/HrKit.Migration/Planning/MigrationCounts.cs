using HrKit.Migration.Mapping;

namespace HrKit.Migration.Planning;

/// <summary>What one export contributed.</summary>
/// <param name="Kind">The export.</param>
/// <param name="Read">Data rows read.</param>
/// <param name="New">Items the store did not hold.</param>
/// <param name="Changed">Items the store held with other values.</param>
/// <param name="Unchanged">Items the store already held exactly.</param>
/// <param name="Rejected">Rows refused (see <see cref="MigrationReport.Rejects"/>).</param>
public sealed record MigrationCounts(MigrationSourceKind Kind, long Read, long New, long Changed, long Unchanged, long Rejected);
