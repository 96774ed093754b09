using System.Collections.Immutable;
using HrKit.Migration.Mapping;

namespace HrKit.Migration.Planning;

/// <summary>An item the migration adds or changes, with the fields that differ.</summary>
/// <param name="Kind">Which export it comes from.</param>
/// <param name="Key">The item: an employee id, <c>employee/2026-03</c> or <c>employee/category</c>.</param>
/// <param name="Change">New or changed.</param>
/// <param name="Fields">The fields that differ (every mapped field for a new item).</param>
public sealed record MigrationDifference(MigrationSourceKind Kind, string Key, MigrationChange Change, ImmutableArray<MigrationFieldChange> Fields);
