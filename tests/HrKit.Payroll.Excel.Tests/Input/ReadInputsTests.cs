using HrKit.Payroll.Serialization;

namespace HrKit.Payroll.Excel.Tests.Input;

public sealed class ReadInputsTests
{
    private static readonly object?[] Header = ["工号 / Employee ID", "姓名 / Name", "部门 / Department", "所属月份 / Period", "城市 / City", "基本工资 / Base salary", "津贴 / Allowances"];

    private static List<PayrollInputRecord> Read(Stream stream) => PayrollExcel.ReadInputs(stream, "input.xlsx").ToList();

    [Fact]
    public void ReadInputs_RowsUnderTemplateHeadings_GiveTheFieldsOfEachEmployee()
    {
        using var book = Workbooks.Of("员工", Header,
            ["E001", "张伟", "研发", "2025-06", "beijing", 20000d, "meal=600; transport=300.5"],
            ["E002", "李娜", "销售", "2025-06", "shanghai", "15000.25", null]);

        var records = Read(book);

        Assert.Equal(2, records.Count);
        var first = records[0].Input!;
        Assert.Equal(("E001", "张伟", "研发", "beijing", 20000m), (first.EmployeeId, first.Name, first.Department, first.City, first.BaseSalary));
        Assert.Equal(new NodaTime.YearMonth(2025, 6), first.Period);
        Assert.Equal(600m, first.Allowances["meal"]);
        Assert.Equal(300.5m, first.Allowances["transport"]);
        Assert.Equal(15000.25m, records[1].Input!.BaseSalary);
        Assert.Equal((0L, 2L), (records[0].Index, records[0].Line!.Value));
        Assert.Equal((1L, 3L), (records[1].Index, records[1].Line!.Value));
    }

    [Fact]
    public void ReadInputs_ChineseOrEnglishHeadingAlone_IsAccepted()
    {
        using var book = Workbooks.Of("Employees", ["工号", "Period", "base salary"], ["E1", "2025-01", 100d]);

        var input = Assert.Single(Read(book)).Input!;

        Assert.Equal(("E1", 100m), (input.EmployeeId, input.BaseSalary));
    }

    [Fact]
    public void ReadInputs_TextInANumberColumn_IsAnErrorNamingSheetRowAndColumn()
    {
        var rows = new List<object?[]> { Header };
        for (var i = 1; i <= 5; i++)
        {
            rows.Add([$"E{i}", null, null, "2025-06", "beijing", 1000d * i, null]);
        }

        rows.Add(["E6", null, null, "2025-06", "beijing", "abc", null]);
        using var book = Workbooks.Of("员工", [.. rows]);

        var records = Read(book);

        Assert.Equal(6, records.Count);
        Assert.All(records.Take(5), r => Assert.NotNull(r.Input));
        var error = records[5].Error!;
        Assert.Equal(("E6", "baseSalary"), (error.EmployeeId, error.Field));
        Assert.StartsWith("input.xlsx, sheet 员工, row 7, column 基本工资 / Base salary (F): \"abc\" is not a number", error.Message, StringComparison.Ordinal);
        Assert.Equal(7L, records[5].Line);
    }

    [Fact]
    public void ReadInputs_EmptyRowsBetweenEmployees_AreSkippedAndRowNumbersKept()
    {
        using var book = Workbooks.Of("员工", Header, ["E1", null, null, "2025-06"], [null, null], ["E2", null, null, "2025-06"]);

        var records = Read(book);

        Assert.Equal([2L, 4L], records.Select(r => r.Line!.Value));
    }

    [Fact]
    public void ReadInputs_RowWithoutEmployeeIdOrMonth_IsAnError()
    {
        using var book = Workbooks.Of("员工", Header, [null, "无名", null, "2025-06"], ["E2", null, null, null]);

        var records = Read(book);

        Assert.Equal("employeeId", records[0].Error!.Field);
        Assert.Contains("row 2, column 工号 / Employee ID (A): empty", records[0].Error!.Message, StringComparison.Ordinal);
        Assert.Equal(("E2", "period"), (records[1].Error!.EmployeeId, records[1].Error!.Field));
    }

    [Fact]
    public void ReadInputs_BadMonthDateAndYesNo_NameTheirColumns()
    {
        using var book = Workbooks.Of("员工", ["工号", "所属月份", "入职日期", "上年收入不超过6万"],
            ["E1", "June", null, null], ["E2", "2025-06", "2025/06/01", null], ["E3", "2025-06", null, "maybe"], ["E4", "2025-06", "2025-06-03", "是"]);

        var records = Read(book);

        Assert.Equal(["period", "hireDate", "priorYearIncomeAtMost60000"], records.Take(3).Select(r => r.Error!.Field));
        Assert.Equal(new NodaTime.LocalDate(2025, 6, 3), records[3].Input!.HireDate);
        Assert.True(records[3].Input!.PriorYearIncomeAtMost60000);
    }

    [Fact]
    public void ReadInputs_HugeCell_IsAnErrorForItsRowOnly()
    {
        using var book = Workbooks.Of("员工", Header, ["E1", new string('名', 40_000), null, "2025-06"], ["E2", "ok", null, "2025-06"]);

        var records = Read(book);

        Assert.Contains("40,000 characters; a cell holds at most 32,767", records[0].Error!.Message, StringComparison.Ordinal);
        Assert.Equal("name", records[0].Error!.Field);
        Assert.Equal("E2", records[1].Input!.EmployeeId);
    }

    [Fact]
    public void ReadInputs_NoEmployeeSheet_ThrowsNamingTheSheetsThere()
    {
        using var book = Workbooks.Of("Sheet1", Header);

        var ex = Assert.Throws<PayrollDataException>(() => Read(book));

        Assert.Equal("input.xlsx: no sheet 员工 (or Employees); the workbook has 'Sheet1'. Put the employees on a sheet named 员工, as the template does.", ex.Message);
    }

    [Fact]
    public void ReadInputs_UnknownHeading_ThrowsNamingRowOneAndTheColumn()
    {
        using var book = Workbooks.Of("员工", ["工号", "所属月份", "奖金"], ["E1", "2025-06", 5d]);

        var ex = Assert.Throws<PayrollDataException>(() => Read(book));

        Assert.StartsWith("input.xlsx, sheet 员工, row 1, column C: '奖金' is not a heading of the input template", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadInputs_HeadingTwiceOrNoEmployeeIdColumn_Throws()
    {
        using var twice = Workbooks.Of("员工", ["工号", "Employee ID"]);
        using var noId = Workbooks.Of("员工", ["姓名", "所属月份"], ["张伟", "2025-06"]);

        Assert.Contains("column 工号 / Employee ID appears twice (columns A and B)", Assert.Throws<PayrollDataException>(() => Read(twice)).Message, StringComparison.Ordinal);
        Assert.Contains("row 1: no 工号 / Employee ID column", Assert.Throws<PayrollDataException>(() => Read(noId)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadInputs_EmptyFile_ThrowsSayingItIsEmpty()
    {
        using var empty = new MemoryStream();

        var ex = Assert.Throws<PayrollDataException>(() => Read(empty));

        Assert.StartsWith("input.xlsx: the file is empty", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadInputs_NotAWorkbook_ThrowsSayingSo()
    {
        using var text = new MemoryStream("employeeId,period\nE1,2025-06\n"u8.ToArray());

        var ex = Assert.Throws<PayrollDataException>(() => Read(text));

        Assert.StartsWith("input.xlsx: not an .xlsx workbook", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadInputs_SheetWithNoRows_ThrowsAskingForHeadings()
    {
        using var stream = new MemoryStream();
        PayrollExcel.WriteTemplate(stream);
        stream.Position = 0;
        using var book = Workbooks.Of("员工", new object?[] { null });

        var ex = Assert.Throws<PayrollDataException>(() => Read(book));

        Assert.Contains("sheet 员工", ex.Message, StringComparison.Ordinal);
        Assert.Empty(Read(stream));
    }
}
