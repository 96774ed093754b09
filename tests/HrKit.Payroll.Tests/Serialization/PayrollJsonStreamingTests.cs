using System.Text;
using System.Text.Json;
using HrKit.Payroll.Engine;
using HrKit.Payroll.Model;
using HrKit.Payroll.Policies;
using HrKit.Payroll.Serialization;

namespace HrKit.Payroll.Tests.Serialization;

public sealed class PayrollJsonStreamingTests
{
    private const string Document = """
        // hand-edited
        { "employees": [
          { "employeeId": "A1", "period": "2026-01", "city": "beijing", "baseSalary": 12000 },
          { "employeeId": "A2", "period": "2026-01", "city": "beijing", "baseSalary": "lots" },
          { "employeeId": "A3",
            "period": "2026-01", "city": "shanghai" },
        ] }
        """;

    private static MemoryStream Utf8(string s) => new(Encoding.UTF8.GetBytes(s));

    private static string Record(string id) => $$"""{"employeeId":"{{id}}","period":"2026-01","city":"beijing","baseSalary":10000}""";

    [Fact]
    public async Task ReadInputsAsync_DocumentInSevenByteChunksWithoutSyncIo_GivesEveryRecordWithItsLine()
    {
        var records = await PayrollJson.ReadInputsAsync(new AsyncOnlyStream(Utf8(Document))).ToListAsync();

        Assert.Equal([0L, 1L, 2L], records.Select(r => r.Index));
        Assert.Equal([3L, 4L, 5L], records.Select(r => r.Line!.Value));
        Assert.Equal(12_000m, records[0].Input!.BaseSalary);
        Assert.Equal(("A2", "baseSalary"), (records[1].Error!.EmployeeId, records[1].Error!.Field));
        Assert.StartsWith("employees[1] (line 4):", records[1].Error!.Message, StringComparison.Ordinal);
        Assert.Equal("shanghai", records[2].Input!.City);
    }

    [Fact]
    public async Task ReadInputsAsync_BareArrayWithByteOrderMark_IsRead()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes($"[{Record("B1")},{Record("B2")}]")).ToArray();

        var records = await PayrollJson.ReadInputsAsync(new AsyncOnlyStream(new MemoryStream(bytes), 1)).ToListAsync();

        Assert.Equal(["B1", "B2"], records.Select(r => r.Input!.EmployeeId));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ReadInputs_EndlessInput_YieldsRecordsWithoutReadingToTheEnd(bool jsonLines)
    {
        var first = PayrollJson.ReadInputs(new EndlessInputStream(jsonLines), jsonLines).Take(10_000).ToList();

        Assert.Equal("E9999", first[^1].Input!.EmployeeId);
    }

    [Fact]
    public async Task ReadInputsAsync_EndlessJsonLines_YieldsRecordsWithoutReadingToTheEnd()
    {
        var first = await PayrollJson.ReadInputsAsync(new EndlessInputStream(jsonLines: true), jsonLines: true).Take(1_000).ToListAsync();

        Assert.Equal("E999", first[^1].Input!.EmployeeId);
    }

    [Fact]
    public void ReadInputs_ElementLargerThanTheLimit_IsAnErrorAndTheNextIsRead()
    {
        var huge = $$"""{"employeeId":"H1","name":"{{new string('x', PayrollLimits.MaxRecordBytes)}}","period":"2026-01","city":"beijing"}""";
        var json = $$"""{"employees":[{{Record("A1")}},{{huge}},{{Record("A3")}}]}""";

        var records = PayrollJson.ReadInputs(Utf8(json)).ToList();

        Assert.Equal(["A1", null, "A3"], records.Select(r => r.Input?.EmployeeId));
        Assert.Equal("H1", records[1].Error!.EmployeeId);
        Assert.Contains("larger than 1048576 bytes", records[1].Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadInputs_ElementWithManySmallTokensAboveTheLimit_IsSkippedTokenByToken()
    {
        var allowances = string.Join(",", Enumerable.Range(0, 150_000).Select(i => $"\"a{i}\":1"));
        var json = "[{\"employeeId\":\"H1\",\"allowances\":{" + allowances + "}}," + Record("A2") + "]";

        var records = PayrollJson.ReadInputs(Utf8(json)).ToList();

        Assert.Equal(2, records.Count);
        Assert.Contains("skipped", records[0].Error!.Message, StringComparison.Ordinal);
        Assert.Equal("A2", records[1].Input!.EmployeeId);
    }

    [Fact]
    public void ReadInputs_JsonLineLongerThanTheLimit_IsAnErrorAndTheNextLineIsRead()
    {
        var huge = $$"""{"employeeId":"H1","name":"{{new string('x', 3 * PayrollLimits.MaxRecordBytes)}}"}""";
        var jsonl = $"{Record("A1")}\n{huge}\n{Record("A3")}\n";

        var records = PayrollJson.ReadInputs(Utf8(jsonl), jsonLines: true).ToList();

        Assert.Equal(["A1", null, "A3"], records.Select(r => r.Input?.EmployeeId));
        Assert.Equal((2L, "H1"), (records[1].Line!.Value, records[1].Error!.EmployeeId));
        Assert.Equal(3L, records[2].Line);
    }

    [Fact]
    public void ReadInputs_JsonLineNestedDeep_IsAnErrorAndTheNextLineIsRead()
    {
        var deep = "{\"employeeId\":\"D1\",\"allowances\":" + new string('[', 10_000) + new string(']', 10_000) + "}";

        var records = PayrollJson.ReadInputs(Utf8($"{deep}\n{Record("A2")}"), jsonLines: true).ToList();

        Assert.Equal(("D1", "allowances"), (records[0].Error!.EmployeeId, records[0].Error!.Field));
        Assert.Equal("A2", records[1].Input!.EmployeeId);
    }

    [Fact]
    public void ReadInputs_DocumentNestedTooDeep_ThrowsNamingTheRecordAndLine()
    {
        var json = $"{{\"employees\":[{Record("A1")},\n{{\"x\":{new string('[', 10_000)}";

        var records = new List<PayrollInputRecord>();
        var ex = Assert.Throws<PayrollDataException>(() => records.AddRange(PayrollJson.ReadInputs(Utf8(json))));

        Assert.Single(records);
        Assert.Contains("line 2", ex.Message, StringComparison.Ordinal);
        Assert.Contains("employees[1]", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("{\"employees\": 5}", "expected an object")]
    [InlineData("{\"staff\": []}", "expected an object")]
    [InlineData("42", "expected an object")]
    [InlineData("[{\"employeeId\":\"A\"},", "employees[1]")]
    [InlineData("[] []", "line 1")]
    public void ReadInputs_BrokenDocument_ThrowsTheDocumentedException(string json, string message)
    {
        var ex = Assert.Throws<PayrollDataException>(() => PayrollJson.ReadInputs(Utf8(json)).ToList());

        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadInputsAsync_GarbageAfterAGoodRecordOnLineThree_NamesLineThree()
    {
        // Read one byte at a time, so the fault is found many buffers after the document's start.
        var json = "{\n  \"employees\": [\n    { \"employeeId\": \"X\", \"period\": \"2026-01\", \"city\": \"beijing\" }, oops\n  ]\n}";

        var ex = await Assert.ThrowsAsync<PayrollDataException>(() => PayrollJson.ReadInputsAsync(new AsyncOnlyStream(Utf8(json), 1)).ToListAsync().AsTask());

        Assert.Contains("malformed JSON at line 3", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadInputs_RootObjectWithOtherProperties_ReadsTheEmployees()
    {
        var records = PayrollJson.ReadInputs(Utf8($$"""{"run":{"month":"2026-01","tags":[1,2]},"employees":[{{Record("A1")}}],"note":"x"}""")).ToList();

        Assert.Equal("A1", Assert.Single(records).Input!.EmployeeId);
    }

    [Fact]
    public async Task WritePayslipsAsync_JsonArrayWithoutSyncIo_WritesEveryPayslipAndFlushesAsItGoes()
    {
        var engine = new PayrollEngineBuilder().Build();
        var output = new MemoryStream();
        long writtenAtHalfway = -1;

        async IAsyncEnumerable<Payslip> Slips()
        {
            for (var i = 0; i < 400; i++)
            {
                if (i == 200)
                {
                    writtenAtHalfway = output.Length;
                }

                yield return engine.Calculate(PayrollJson.DeserializeInput(Record($"W{i}")));
                await Task.Yield();
            }
        }

        await PayrollJson.WritePayslipsAsync(new AsyncOnlyStream(output), Slips());

        using var document = JsonDocument.Parse(output.ToArray());
        Assert.Equal(400, document.RootElement.GetArrayLength());
        Assert.Equal("W399", document.RootElement[399].GetProperty("employeeId").GetString());
        Assert.True(writtenAtHalfway > 0, "nothing reached the stream before the last payslip");
    }

    [Fact]
    public async Task WritePayslipsAsync_JsonLines_WritesOneCompactPayslipPerLine()
    {
        var engine = new PayrollEngineBuilder().Build();
        var output = new MemoryStream();
        var slips = Enumerable.Range(0, 3).Select(i => engine.Calculate(PayrollJson.DeserializeInput(Record($"L{i}"))));

        await PayrollJson.WritePayslipsAsync(new AsyncOnlyStream(output), slips.ToAsyncEnumerable(), jsonLines: true);

        var lines = Encoding.UTF8.GetString(output.ToArray()).Split('\n');
        Assert.Equal(4, lines.Length);
        Assert.Equal("", lines[3]);
        Assert.Equal(["L0", "L1", "L2"], lines[..3].Select(l => JsonDocument.Parse(l).RootElement.GetProperty("employeeId").GetString()));
    }

    [Fact]
    public async Task WriteResultsAsync_RunWithAnError_WritesPayslipsAndErrorsInInputOrder()
    {
        var engine = new PayrollEngineBuilder().Build();
        var inputs = new[] { Record("R1"), """{"employeeId":"R2","period":"2026-01","city":"atlantis"}""" }.Select(PayrollJson.DeserializeInput);
        var output = new MemoryStream();

        await PayrollJson.WriteResultsAsync(new AsyncOnlyStream(output), engine.CalculateManyAsync(inputs.ToAsyncEnumerable()), jsonLines: true);

        var lines = Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal("R1", lines[0].GetProperty("payslip").GetProperty("employeeId").GetString());
        Assert.Equal(1, lines[1].GetProperty("index").GetInt32());
        Assert.Equal("city", lines[1].GetProperty("error").GetProperty("field").GetString());
    }

    [Fact]
    public async Task LoadAsync_PolicyOverAsyncOnlyStream_Compiles()
    {
        var policy = await PayPolicyLoader.LoadAsync(new AsyncOnlyStream(Utf8(PayPolicyLoader.ChinaStandardJson()), 4096), "standard.json");

        Assert.Equal(PayPolicy.ChinaStandard.Components.Length, policy.Components.Length);
    }

    [Fact]
    public async Task ReadContributionTableAsync_MalformedFile_ThrowsTheDocumentedException()
    {
        await Assert.ThrowsAsync<PayrollDataException>(() => PayrollJson.ReadContributionTableAsync(new AsyncOnlyStream(Utf8("{ \"cities\": [ { \"city\": 5 } ] }"))));
    }

    [Fact]
    public async Task ReadContributionTableAsync_ValidFile_LoadsItsSchedules()
    {
        const string json = """
            { "cities": [ { "city": "Hangzhou", "schedules": [ { "effectiveFrom": "2026-01-01",
              "source": { "notice": "test notice", "issuer": "test bureau", "url": "https://example.com/notice", "confidence": "unconfirmed" },
              "items": [ { "code": "PENSION", "employeeRate": 0.08, "employerRate": 0.14, "baseFloor": 4462, "baseCeiling": 24930 } ] } ] } ] }
            """;

        var table = await PayrollJson.ReadContributionTableAsync(new AsyncOnlyStream(Utf8(json)));

        Assert.True(table.HasCity("hangzhou"));
    }

    [Fact]
    public async Task PayAsync_DocsSnippet_StreamsRequestToResponse()
    {
        var body = new AsyncOnlyStream(Utf8($"{Record("S1")}\n{{\"employeeId\":\"S2\"\n{Record("S3")}\n"), 64);
        var response = new MemoryStream();

        await PayAsync(new PayrollEngineBuilder().Build(), body, new AsyncOnlyStream(response), CancellationToken.None);

        var lines = Encoding.UTF8.GetString(response.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Contains("\"S3\"", lines[1], StringComparison.Ordinal);
    }

    // Kept identical to the snippet in docs/payroll-input.md, so the documented code compiles and works.
    private static async Task PayAsync(PayrollEngine engine, Stream body, Stream response, CancellationToken ct)
    {
        var inputs = PayrollJson.ReadInputsAsync(body, jsonLines: true, ct)
            .Where(r => r.Input is not null)          // records with r.Error are reported by the host
            .Select(r => r.Input!);
        await PayrollJson.WriteResultsAsync(response, engine.CalculateManyAsync(inputs, ct), jsonLines: true, cancellationToken: ct);
    }
}
