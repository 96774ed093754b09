namespace HrKit.Points.Ledger;

/// <summary>What the ledger already holds of a batch: idempotency keys, and sources with the employees they credited.</summary>
/// <param name="Keys">Idempotency keys already recorded.</param>
/// <param name="Sources">Source ids already recorded, each with an employee it has postings for.</param>
internal sealed record RecordedPostings(HashSet<string> Keys, HashSet<(string SourceId, string EmployeeId)> Sources);
