using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HrKit.Payroll.Engine;
using HrKit.Payroll.Serialization;

namespace HrKit.Payroll.Tests.Serialization;

/// <summary>Hostile input files: every record is an input or an error, the document as a whole at worst a PayrollDataException.</summary>
public sealed class HostileInputPropertyTests
{
    private static readonly PayrollEngine Engine = new PayrollEngineBuilder().WithMaxDegreeOfParallelism(1).Build();

    private const string ValidRecord = """
        {"employeeId":"P1","name":"Li","department":"R&D","period":"2026-02","city":"shanghai","baseSalary":15000,
         "allowances":{"meal":600},"attendance":{"scheduledDays":20,"workedDays":19,"unpaidLeaveDays":1,"lateCount":2,"lateMinutes":30},
         "overtime":{"workday":6.5,"restDay":8},"performance":{"grade":"A","bonusBase":2000,"learningBonusFactor":0.1},
         "annualBonus":30000,"annualBonusTaxMethod":"separate","specialAdditionalDeductions":{"childEducation":2000,"housingRent":1500},
         "yearToDate":{"throughMonth":"2026-01","income":15600,"basicDeduction":5000,"specialDeductions":2500,"taxWithheld":100},
         "hireDate":"2020-05-06","customInputs":{}}
        """;

    private static readonly string ValidDocument = $"{{ \"employees\": [ {ValidRecord}, {ValidRecord.Replace("P1", "P2", StringComparison.Ordinal)} ] }}";

    private static Gen<byte[]> Line =>
        Gen.Frequency(
            (2, Gen.Constant(Encoding.UTF8.GetBytes(ValidRecord.ReplaceLineEndings("")))),
            (6, JsonMutation.Of(ValidRecord.ReplaceLineEndings(""))),
            (1, ArbMap.Default.GeneratorFor<string>().Select(s => Encoding.UTF8.GetBytes(s ?? ""))));

    private static Arbitrary<byte[]> JsonLinesFiles =>
        Line.ListOf().Select(lines => lines.SelectMany(l => l.Append((byte)'\n')).ToArray()).ToArbitrary();

    // Every record is exactly one of input and error, in index order; every input is paid or refused, never thrown on.
    private static bool Consistent(List<PayrollInputRecord> records)
    {
        var inputs = records.Where(r => r.Input is not null).Select(r => r.Input!).ToList();
        var results = Engine.CalculateMany(inputs).ToList();
        return records.Select(r => r.Index).SequenceEqual(Enumerable.Range(0, records.Count).Select(i => (long)i))
            && records.All(r => (r.Input is null) != (r.Error is null))
            && results.Count == inputs.Count
            && results.All(r => r.IsSuccess ? r.Payslip.GrossPay >= 0 : r.Error.Field.Length > 0);
    }

    [Property(MaxTest = 150)]
    public Property ReadInputs_HostileJsonLines_GivesARecordPerLineAndNeverThrows() => Prop.ForAll(JsonLinesFiles, file =>
        Consistent(PayrollJson.ReadInputs(new MemoryStream(file), jsonLines: true).ToList()));

    [Property(MaxTest = 150)]
    public Property ReadInputs_HostileDocument_GivesRecordsOrThePayrollDataException() => Prop.ForAll(JsonMutation.Of(ValidDocument).ToArbitrary(), file =>
    {
        var records = new List<PayrollInputRecord>();
        try
        {
            records.AddRange(PayrollJson.ReadInputs(new MemoryStream(file)));
        }
        catch (PayrollDataException ex)
        {
            return ex.Message.StartsWith("input: ", StringComparison.Ordinal) && Consistent(records);
        }

        return Consistent(records);
    });

    [Property(MaxTest = 100)]
    public Property ReadInputsAsync_AnyChunking_ReadsWhatTheSyncReaderReads() =>
        Prop.ForAll(JsonMutation.Of(ValidDocument).ToArbitrary(), Gen.Choose(1, 64).ToArbitrary(), (file, chunk) =>
        {
            var expected = Outcome(() => PayrollJson.ReadInputs(new MemoryStream(file)).ToList());
            var actual = Outcome(() => PayrollJson.ReadInputsAsync(new AsyncOnlyStream(new MemoryStream(file), chunk)).ToListAsync().AsTask().GetAwaiter().GetResult());
            return expected == actual;
        });

    // What a reader produced, as comparable text: each record's index, line, id and error field, then any exception type.
    private static string Outcome(Func<List<PayrollInputRecord>> read)
    {
        var seen = new List<PayrollInputRecord>();
        string end;
        try
        {
            seen = read();
            end = "ok";
        }
        catch (PayrollDataException)
        {
            end = nameof(PayrollDataException);
        }

        return string.Join("|", seen.Select(r => $"{r.Index}:{r.Line}:{r.Input?.EmployeeId}:{r.Error?.Field}")) + "|" + end;
    }
}
