using HrKit.Migration.Mapping;

namespace HrKit.Migration.Journal;

/// <summary>One thing a batch changed, with what was there before so the batch can be rolled back.</summary>
/// <param name="Kind">Which export (and so which store) it came from.</param>
/// <param name="Key">What it changed: an employee id, <c>employee/2026-03</c>, or <c>employee/category</c>.</param>
/// <param name="Before">The state before, as JSON (null when there was none); for points, the balance before.</param>
public sealed record MigrationJournalItem(MigrationSourceKind Kind, string Key, string? Before);
