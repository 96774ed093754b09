using System.Data.Common;
using NodaTime;

namespace HrKit.Payroll.Periods.Sql;

/// <summary>The payslip columns, in the order <see cref="Columns"/> selects them, and their mapping.</summary>
internal static class SqlPayslipRows
{
    public const string Columns = "company_id, employee_id, month, revision, kind, superseded, settled_in, recorded_at, input_json, payslip_json, settlements_json";

    public const string Insert = $"INSERT INTO payroll_payslips ({Columns}) VALUES (@c, @e, @m, @r, @k, @s, @si, @at, @in, @out, @set)";

    public static (string, object?)[] Parameters(StoredPayslip p) =>
    [
        ("@c", p.CompanyId), ("@e", p.EmployeeId), ("@m", SqlMonth.Key(p.Month)), ("@r", (long)p.Revision), ("@k", (long)p.Kind),
        ("@s", p.IsSuperseded ? 1L : 0L), ("@si", p.SettledIn is { } s ? SqlMonth.Key(s) : null), ("@at", p.RecordedAt.ToUnixTimeTicks()),
        ("@in", PayrollPeriodJson.Serialize(p.Input)), ("@out", PayrollPeriodJson.Serialize(p.Payslip)), ("@set", PayrollPeriodJson.Serialize(p.Settlements)),
    ];

    public static StoredPayslip Read(DbDataReader r) => new()
    {
        CompanyId = r.GetString(0),
        EmployeeId = r.GetString(1),
        Month = SqlMonth.Parse(r.GetInt64(2)),
        Revision = checked((int)r.GetInt64(3)),
        Kind = (StoredPayslipKind)r.GetInt64(4),
        IsSuperseded = r.GetInt64(5) != 0,
        SettledIn = r.IsDBNull(6) ? null : SqlMonth.Parse(r.GetInt64(6)),
        RecordedAt = Instant.FromUnixTimeTicks(r.GetInt64(7)),
        Input = PayrollPeriodJson.DeserializeInput(r.GetString(8)),
        Payslip = PayrollPeriodJson.DeserializePayslip(r.GetString(9)),
        Settlements = PayrollPeriodJson.DeserializeSettlements(r.GetString(10)),
    };
}
