using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using HrKit.Migration.Mapping;
using HrKit.Migration.Records;
using HrKit.Payroll.Periods;
using NodaTime;
using NodaTime.Text;

namespace HrKit.Migration.Journal;

/// <summary>
/// The journal's JSON: roster rows, stored payslips (their input, payslip and settlements through the period store's
/// own <see cref="PayrollPeriodJson"/>) and batch items. Written with JsonNode so nothing depends on reflection.
/// </summary>
internal static class JournalJson
{
    public static string Roster(RosterRecord r) => new JsonObject
    {
        ["employeeId"] = r.EmployeeId,
        ["name"] = r.Name,
        ["department"] = r.Department,
        ["nationalId"] = r.NationalId,
        ["bankAccount"] = r.BankAccount,
        ["phone"] = r.Phone,
        ["hireDate"] = r.HireDate is { } h ? LocalDatePattern.Iso.Format(h) : null,
        ["terminationDate"] = r.TerminationDate is { } t ? LocalDatePattern.Iso.Format(t) : null,
        ["jurisdiction"] = r.Jurisdiction,
        ["city"] = r.City,
    }.ToJsonString();

    public static RosterRecord Roster(string json)
    {
        var o = JsonNode.Parse(json)!.AsObject();
        return new RosterRecord(Str(o, "employeeId")!, Str(o, "name")!)
        {
            Department = Str(o, "department"),
            NationalId = Str(o, "nationalId"),
            BankAccount = Str(o, "bankAccount"),
            Phone = Str(o, "phone"),
            HireDate = Str(o, "hireDate") is { } h ? LocalDatePattern.Iso.Parse(h).Value : null,
            TerminationDate = Str(o, "terminationDate") is { } t ? LocalDatePattern.Iso.Parse(t).Value : null,
            Jurisdiction = Str(o, "jurisdiction"),
            City = Str(o, "city"),
        };
    }

    public static string Payslips(IReadOnlyList<StoredPayslip> revisions)
    {
        var array = new JsonArray();
        foreach (var p in revisions)
        {
            array.Add(new JsonObject
            {
                ["companyId"] = p.CompanyId,
                ["employeeId"] = p.EmployeeId,
                ["month"] = YearMonthPattern.Iso.Format(p.Month),
                ["revision"] = p.Revision,
                ["kind"] = (int)p.Kind,
                ["superseded"] = p.IsSuperseded,
                ["input"] = PayrollPeriodJson.Serialize(p.Input),
                ["payslip"] = PayrollPeriodJson.Serialize(p.Payslip),
                ["settlements"] = PayrollPeriodJson.Serialize(p.Settlements),
                ["settledIn"] = p.SettledIn is { } s ? YearMonthPattern.Iso.Format(s) : null,
                ["recordedAt"] = p.RecordedAt.ToUnixTimeTicks(),
            });
        }

        return array.ToJsonString();
    }

    public static IReadOnlyList<StoredPayslip> Payslips(string json) =>
        [.. JsonNode.Parse(json)!.AsArray().Select(n => n!.AsObject()).Select(o => new StoredPayslip
        {
            CompanyId = Str(o, "companyId")!,
            EmployeeId = Str(o, "employeeId")!,
            Month = YearMonthPattern.Iso.Parse(Str(o, "month")!).Value,
            Revision = o["revision"]!.GetValue<int>(),
            Kind = (StoredPayslipKind)o["kind"]!.GetValue<int>(),
            IsSuperseded = o["superseded"]!.GetValue<bool>(),
            Input = PayrollPeriodJson.DeserializeInput(Str(o, "input")!),
            Payslip = PayrollPeriodJson.DeserializePayslip(Str(o, "payslip")!),
            Settlements = PayrollPeriodJson.DeserializeSettlements(Str(o, "settlements")!),
            SettledIn = Str(o, "settledIn") is { } s ? YearMonthPattern.Iso.Parse(s).Value : null,
            RecordedAt = Instant.FromUnixTimeTicks(o["recordedAt"]!.GetValue<long>()),
        })];

    public static string Items(ImmutableArray<MigrationJournalItem> items)
    {
        var array = new JsonArray();
        foreach (var i in items)
        {
            array.Add(new JsonObject { ["kind"] = i.Kind.ToString(), ["key"] = i.Key, ["before"] = i.Before });
        }

        return array.ToJsonString();
    }

    public static ImmutableArray<MigrationJournalItem> Items(string json) =>
        [.. JsonNode.Parse(json)!.AsArray().Select(n => n!.AsObject())
            .Select(o => new MigrationJournalItem(Enum.Parse<MigrationSourceKind>(Str(o, "kind")!), Str(o, "key")!, Str(o, "before")))];

    private static string? Str(JsonObject o, string name) =>
        o.TryGetPropertyValue(name, out var v) && v is not null && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;
}
