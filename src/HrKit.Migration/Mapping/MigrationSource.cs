using System.Collections.Immutable;

namespace HrKit.Migration.Mapping;

/// <summary>One export file of a mapping: where it is, what it holds and which header holds each field.</summary>
/// <param name="Kind">What the file holds.</param>
/// <param name="File">The file, relative to the mapping file's folder (or absolute). Files starting with the HrKit encryption header are decrypted while read.</param>
/// <param name="Columns">HrKit field name (<see cref="MigrationFields"/>) to the file's header text, compared after trimming, case-insensitively.</param>
/// <param name="DateFormat">The pattern of date columns (NodaTime, e.g. <c>yyyy-MM-dd</c> or <c>dd/MM/yyyy</c>).</param>
/// <param name="MonthFormat">The pattern of month columns (e.g. <c>yyyy-MM</c> or <c>yyyyMM</c>).</param>
/// <param name="Delimiter">The CSV delimiter, <c>,</c> unless the export uses another.</param>
public sealed record MigrationSource(
    MigrationSourceKind Kind,
    string File,
    ImmutableDictionary<string, string> Columns,
    string DateFormat = "yyyy-MM-dd",
    string MonthFormat = "yyyy-MM",
    string Delimiter = ",");
