using HrKit.Migration.Localization;
using System.Security.Cryptography;
using System.Text;
using HrKit.Migration.Mapping;
using HrKit.Migration.Planning;
using HrKit.Migration.Reading;

namespace HrKit.Migration;

public sealed partial class MigrationService
{
    // Reads every export in the mapping's order; a row that fails is rejected with file, row and column, the rest go on.
    private static async Task ReadAllAsync(MigrationMapping mapping, MigrationOptions options, MigrationWork work, CancellationToken ct)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(mapping.CompanyId));
        foreach (var source in mapping.Sources)
        {
            var seen = new Dictionary<string, long>(StringComparer.Ordinal);
            await foreach (var row in ExportFileReader.ReadAsync(mapping, source, options.Keys, ct).ConfigureAwait(false))
            {
                work.Read(source.Kind);
                try
                {
                    var (key, text) = Accept(source.Kind, row, work);
                    if (!seen.TryAdd(key, row.Row))
                    {
                        work.Reject(source.Kind, row.RejectRow(MigrationText.Of("Row.Duplicate", key, seen[key])).Reject);
                        Drop(source.Kind, work);
                        continue;
                    }

                    work.Origins[(source.Kind, key)] = (row.File, row.Row);
                    hash.AppendData(Encoding.UTF8.GetBytes($"\n{source.Kind}\n{text}"));
                }
                catch (RowRejectedException ex)
                {
                    work.Reject(source.Kind, ex.Reject);
                }
            }
        }

        if (string.IsNullOrEmpty(work.BatchId))
        {
            work.BatchId = "m-" + Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
        }
    }

    private static (string Key, string Text) Accept(MigrationSourceKind kind, MigrationRow row, MigrationWork work)
    {
        switch (kind)
        {
            case MigrationSourceKind.Roster:
                var r = RecordParsers.Roster(row);
                work.Roster.Add(r);
                return (r.EmployeeId, r.ToString());
            case MigrationSourceKind.OpeningYearToDate:
                var y = RecordParsers.OpeningYearToDate(row);
                work.Opening.Add(y);
                return (y.EmployeeId, y.ToString());
            case MigrationSourceKind.Payslips:
                var p = RecordParsers.Payslip(row);
                work.Payslips.Add(p);
                return (PayrollKey(p.EmployeeId, p.Month), p.ToString());
            default:
                var b = RecordParsers.PointsBalance(row);
                work.Points.Add(b);
                return ($"{b.EmployeeId}/{b.Category}", b.ToString());
        }
    }

    // The duplicate row was added by Accept; take it back out so only the first occurrence is migrated.
    private static void Drop(MigrationSourceKind kind, MigrationWork work)
    {
        switch (kind)
        {
            case MigrationSourceKind.Roster:
                work.Roster.RemoveAt(work.Roster.Count - 1);
                break;
            case MigrationSourceKind.OpeningYearToDate:
                work.Opening.RemoveAt(work.Opening.Count - 1);
                break;
            case MigrationSourceKind.Payslips:
                work.Payslips.RemoveAt(work.Payslips.Count - 1);
                break;
            default:
                work.Points.RemoveAt(work.Points.Count - 1);
                break;
        }
    }

    private static string PayrollKey(string employeeId, NodaTime.YearMonth month) => $"{employeeId}/{NodaTime.Text.YearMonthPattern.Iso.Format(month)}";
}
