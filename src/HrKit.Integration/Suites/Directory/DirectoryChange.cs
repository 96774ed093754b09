using NodaTime;

namespace HrKit.Integration.Suites.Directory;

/// <summary>A contacts change one company's callback reported; <see cref="RosterSync.ApplyAsync"/> applies it to the roster.</summary>
/// <param name="Company">The company.</param>
/// <param name="Kind">What changed.</param>
/// <param name="Ids">The user or department ids named by the callback.</param>
/// <param name="At">When the vendor says it happened (the leave date of users who left, in the configured zone).</param>
public sealed record DirectoryChange(CompanyRef Company, DirectoryChangeKind Kind, IReadOnlyList<string> Ids, Instant At);
