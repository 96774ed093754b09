using HrKit.Cli.Output;
using HrKit.Payroll.Model;
using NodaTime;

namespace HrKit.Cli.Tests.Output;

public sealed class PayslipTableSinkTests
{
    // East Asian wide characters take two terminal cells (Unicode UAX #11); everything in these rows else takes one.
    private static int DisplayWidth(string s) => s.Sum(c => c is >= '\u4E00' and <= '\u9FFF' ? 2 : 1);

    private static Payslip Slip(string id, string name, string department, decimal gross) => new()
    {
        EmployeeId = id,
        Name = name,
        Department = department,
        Period = new YearMonth(2026, 1),
        Lines = [],
        GrossPay = gross,
        NetPay = gross,
        EmployerCost = gross,
        YearToDate = TaxYearToDate.Empty,
    };

    [Fact]
    public void Write_ChineseAndAsciiNames_ColumnsStartAtTheSameDisplayColumn()
    {
        using var writer = new StringWriter();
        var sink = new PayslipTableSink(writer, explain: false);

        sink.Write(Slip("E001", "张伟", "研发部", 34_528.26m));
        sink.Write(Slip("E002", "Alice Smith", "R&D", 9_000m));
        sink.Write(Slip("E003", "欧阳娜娜", "Sales", 123_456.78m));
        sink.Complete(null);

        var lines = writer.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        // Where "Department" starts in the header, the department starts in every row; "Gross" ends where each gross ends.
        var header = lines[0];
        var departmentColumn = DisplayWidth(header[..header.IndexOf("Department", StringComparison.Ordinal)]);
        var grossEnd = DisplayWidth(header[..(header.IndexOf("Gross", StringComparison.Ordinal) + "Gross".Length)]);
        foreach (var (line, department, gross) in new[] { (lines[1], "研发部", "34,528.26"), (lines[2], "R&D", "9,000.00"), (lines[3], "Sales", "123,456.78") })
        {
            Assert.Equal(departmentColumn, DisplayWidth(line[..line.IndexOf(department, StringComparison.Ordinal)]));
            Assert.Equal(grossEnd, DisplayWidth(line[..(line.IndexOf(gross, StringComparison.Ordinal) + gross.Length)]));
        }
    }

    [Fact]
    public void Write_MoreRowsThanABlock_OneHeaderAndEveryRowAligned()
    {
        using var writer = new StringWriter();
        var sink = new PayslipTableSink(writer, explain: false);

        for (var i = 0; i < 600; i++)
        {
            sink.Write(Slip($"E{i:D4}", i % 2 == 0 ? "张伟" : "Bob", "R&D", 1_000m + i));
        }

        sink.Complete(null);

        var lines = writer.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(601, lines.Length);
        Assert.Single(lines, l => l.StartsWith("Employee", StringComparison.Ordinal));
        Assert.Single(lines.Select(DisplayWidth).Distinct());
    }

    [Fact]
    public void Write_NameLongerThanItsColumn_IsCutWithAnEllipsisAndStaysAligned()
    {
        using var writer = new StringWriter();
        var sink = new PayslipTableSink(writer, explain: false);

        sink.Write(Slip("E001", "Maximilian Alexander von Humboldt", "R&D", 1m));
        sink.Write(Slip("E002", "张伟", "R&D", 1m));
        sink.Complete(null);

        var lines = writer.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("…", lines[1], StringComparison.Ordinal);
        Assert.Equal(DisplayWidth(lines[1]), DisplayWidth(lines[2]));
    }

    [Fact]
    public void Complete_ProvisionalPayslip_ContributionMarkedAlignedAndExplainedAfterTheTable()
    {
        using var writer = new StringWriter();
        var tally = new ProvisionalTally();
        var sink = new PayslipTableSink(writer, explain: false, tally);
        var provisional = Slip("E001", "张伟", "研发部", 10_000m) with
        {
            EmployeeContributions = 2_253m,
            ProvisionalContributions = new HrKit.Payroll.Jurisdictions.China.ContributionCarryForward(
                "beijing", new YearMonth(2026, 11), new YearMonth(2026, 7), new LocalDate(2025, 7, 1), new LocalDate(2026, 6, 30), 5, "2026-07 cycle not yet published"),
        };
        var published = Slip("E002", "Bob", "R&D", 10_000m) with { EmployeeContributions = 2_253m };

        foreach (var slip in new[] { provisional, published })
        {
            tally.Add(slip);
            sink.Write(slip);
        }

        sink.Complete(null);

        var lines = writer.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(5, lines.Length);
        // Both amounts end at the same display column; only the provisional one is followed by the marker.
        var end = (string line) => DisplayWidth(line[..(line.IndexOf("2,253.00", StringComparison.Ordinal) + "2,253.00".Length)]);
        Assert.Equal(end(lines[1]), end(lines[2]));
        Assert.Contains("2,253.00*", lines[1], StringComparison.Ordinal);
        Assert.DoesNotContain("*", lines[2], StringComparison.Ordinal);
        Assert.Equal("* Provisional contributions (settle when the cycle is published, docs/payroll-contributions.md):", lines[3]);
        Assert.Equal("  beijing 2026-11, 1 payslip: 2026-07 cycle not yet published", lines[4]);
    }
}
