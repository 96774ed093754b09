using System.Collections;
using System.Collections.Immutable;
using HrKit.Payroll.Model;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;
using NodaTime;

namespace HrKit.Payroll.Excel.Tests;

/// <summary>
/// 200 000 rows written and read back through files without a list of them anywhere: the rows come from lazy
/// generators, and the byte counts show the file is written while rows are still being produced and read while most
/// of it is still unread.
/// </summary>
public sealed class LargeWorkbookTests
{
    private const int Rows = 200_000;

    [Fact]
    public void ReadInputs_200kRows_YieldsTheFirstRecordBeforeReadingTheFileAndEveryRecordInOrder()
    {
        var path = Path.Combine(Path.GetTempPath(), $"hrkit-excel-{Guid.NewGuid():N}.xlsx");
        try
        {
            using (var file = File.Create(path))
            {
                // FastMode writes the sheet's <dimension> as Excel does; without it MiniExcel scans the sheet once first.
                file.SaveAs(InputRows(), printHeader: false, sheetName: "员工", configuration: new OpenXmlConfiguration { FastMode = true });
            }

            using var stream = new CountingStream(File.OpenRead(path));
            var records = PayrollExcel.ReadInputs(stream, "large.xlsx");
            Assert.IsNotAssignableFrom<ICollection>(records);
            long count = 0, readAtFirst = 0;
            foreach (var record in records)
            {
                if (count == 0)
                {
                    readAtFirst = stream.BytesRead;
                }

                Assert.Equal($"E{count}", record.Input!.EmployeeId);
                Assert.Equal(count + 2, record.Line);
                count++;
            }

            Assert.Equal(Rows, count);
            Assert.True(readAtFirst < stream.Length / 2, $"{readAtFirst:N0} of {stream.Length:N0} bytes read before the first record");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void WriteRegister_200kPayslips_WritesTheFileWhilePayslipsAreStillComing()
    {
        var path = Path.Combine(Path.GetTempPath(), $"hrkit-excel-{Guid.NewGuid():N}.xlsx");
        try
        {
            long writtenAtHalf = -1;
            using (var stream = new CountingStream(File.Create(path)))
            {
                PayrollExcel.WriteRegister(stream, Payslips(i =>
                {
                    if (i == Rows / 2)
                    {
                        writtenAtHalf = stream.BytesWritten;
                    }
                }));
            }

            Assert.True(writtenAtHalf > 0, "nothing reached the file before the last payslip was produced");
            using var read = File.OpenRead(path);
            long rows = 0;
            foreach (IDictionary<string, object?> row in read.Query(useHeaderRow: false, sheetName: "工资表 Register"))
            {
                if (rows > 0)
                {
                    Assert.Equal($"E{rows - 1}", row["A"]);
                    Assert.Equal((double)(rows - 1), row["F"]);
                }

                rows++;
            }

            Assert.Equal(Rows + 1, rows);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static IEnumerable<Dictionary<string, object?>> InputRows()
    {
        yield return new() { ["A"] = "工号 / Employee ID", ["B"] = "所属月份 / Period", ["C"] = "城市 / City", ["D"] = "基本工资 / Base salary" };
        for (var i = 0; i < Rows; i++)
        {
            yield return new() { ["A"] = $"E{i}", ["B"] = "2025-06", ["C"] = "beijing", ["D"] = 10_000 + i };
        }
    }

    private static IEnumerable<Payslip> Payslips(Action<int> producing)
    {
        for (var i = 0; i < Rows; i++)
        {
            producing(i);
            yield return new Payslip
            {
                EmployeeId = $"E{i}", Period = new YearMonth(2025, 6), Lines = ImmutableArray<PayslipLine>.Empty,
                YearToDate = TaxYearToDate.Empty, GrossPay = i, NetPay = i,
            };
        }
    }
}
