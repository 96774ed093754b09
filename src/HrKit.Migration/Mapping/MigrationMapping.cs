using System.Collections.Immutable;

namespace HrKit.Migration.Mapping;

/// <summary>
/// How another system's export maps onto HrKit: the company, the export files and, per file, which header holds which
/// field. Loaded by <see cref="MigrationMappingLoader"/>; the format and a sample: docs/migration.md#mapping.
/// </summary>
/// <param name="CompanyId">The company the payroll rows go to.</param>
/// <param name="Sources">The export files, at most one per <see cref="MigrationSourceKind"/>.</param>
/// <param name="BaseDirectory">The folder relative file names are resolved against (the mapping file's).</param>
public sealed record MigrationMapping(string CompanyId, ImmutableArray<MigrationSource> Sources, string BaseDirectory)
{
    /// <summary>The source of <paramref name="kind"/>, or null when the mapping has none.</summary>
    public MigrationSource? Find(MigrationSourceKind kind) => Sources.FirstOrDefault(s => s.Kind == kind);

    /// <summary>The full path of <paramref name="source"/>'s file.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    public string PathOf(MigrationSource source) =>
        Path.GetFullPath(Path.Combine(BaseDirectory, (source ?? throw new ArgumentNullException(nameof(source))).File));
}
