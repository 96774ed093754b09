using System.Globalization;
using System.Text;
using System.Text.Json;
using HrKit.Payroll.Localization;
using HrKit.Payroll.Serialization;

namespace HrKit.Payroll.Tests.Serialization;

/// <summary>
/// Issue 15: a value HrKit.Payroll's own JSON converters refuse (a month not in yyyy-MM, a date not in yyyy-MM-dd) is
/// shown in the reader's language wherever it surfaces: the record's error names its line, field and value in Chinese
/// under zh-CN, while <see cref="Engine.PayrollError.Message"/> stays the English text word for word. The serializer's
/// own messages (a number that is text) are quoted as System.Text.Json gives them, inside the Chinese frame.
/// </summary>
public sealed class LocalisedJsonErrorTests
{
    private static readonly PayrollLocalizer Chinese = PayrollLocalizer.For(CultureInfo.GetCultureInfo("zh-CN"));

    private static MemoryStream Utf8(string s) => new(Encoding.UTF8.GetBytes(s));

    private static PayrollInputRecord Single(string jsonLines) => Assert.Single(PayrollJson.ReadInputs(Utf8(jsonLines), jsonLines: true));

    [Fact]
    public void ReadInputs_MonthNotYyyyMm_ChineseNamingLineAndValue()
    {
        var error = Single("""{"employeeId":"C1","period":"2026/01","city":"beijing","baseSalary":10000}""").Error!;

        Assert.Equal(("C1", "period"), (error.EmployeeId, error.Field));
        Assert.Equal("line 1: '2026/01' is not a month in yyyy-MM form.", error.Message);
        Assert.Equal("第 1 行：“2026/01”不是 yyyy-MM 格式的月份。", Chinese.ErrorMessage(error));
        Assert.Equal(error.Message, PayrollLocalizer.English.ErrorMessage(error));
    }

    [Fact]
    public void ReadInputs_MonthNotAString_ChineseSayingWhatToWrite()
    {
        var error = Single("""{"employeeId":"C1","period":202601,"city":"beijing","baseSalary":10000}""").Error!;

        Assert.Equal("第 1 行：月份必须是 yyyy-MM 格式的字符串。", Chinese.ErrorMessage(error));
    }

    [Fact]
    public void ReadInputs_BadHireDateInEmployeesArray_ChineseNamingElementLineAndValue()
    {
        const string document = """
            { "employees": [
              { "employeeId": "C1", "period": "2026-01", "city": "beijing", "baseSalary": 10000 },
              { "employeeId": "C2", "period": "2026-01", "city": "beijing", "baseSalary": 10000, "hireDate": "2025-02-30" }
            ] }
            """;

        var records = PayrollJson.ReadInputs(Utf8(document)).ToList();

        var error = records[1].Error!;
        Assert.Equal(("C2", "hireDate"), (error.EmployeeId, error.Field));
        Assert.Equal("employees[1] (line 3): '2025-02-30' is not a date in yyyy-MM-dd form.", error.Message);
        Assert.Equal("employees[1]（第 3 行）：“2025-02-30”不是 yyyy-MM-dd 格式的日期。", Chinese.ErrorMessage(error));
    }

    [Fact]
    public void ReadInputs_SerializerRefusesAValue_ItsEnglishTextQuotedInTheChineseFrame()
    {
        var error = Single("""{"employeeId":"C1","period":"2026-01","city":"beijing","baseSalary":"lots"}""").Error!;

        Assert.StartsWith("line 1: The JSON value could not be converted", error.Message, StringComparison.Ordinal);
        Assert.Equal("第 1 行：" + error.Message["line 1: ".Length..], Chinese.ErrorMessage(error));
    }

    [Fact]
    public void ReadInputs_NullRecord_Chinese()
    {
        var error = Single("null").Error!;

        Assert.Equal(("line 1: The record is null.", "第 1 行：记录为 null。"), (error.Message, Chinese.ErrorMessage(error)));
    }

    [Fact]
    public void FromException_ConverterProblem_MessageInEitherLanguage_SerializerProblem_Null()
    {
        var month = Assert.ThrowsAny<JsonException>(() => PayrollJson.DeserializeInput("""{"employeeId":"C1","period":"June","city":"beijing"}"""));
        var number = Assert.ThrowsAny<JsonException>(() => PayrollJson.DeserializeInput("""{"employeeId":"C1","period":"2026-01","baseSalary":"lots"}"""));

        var message = PayrollMessage.FromException(month)!;
        Assert.Equal("“June”不是 yyyy-MM 格式的月份。", Chinese.Render(message));
        Assert.Equal(month.Message, message.ToString());
        Assert.Equal("$.period", month.Path);
        Assert.Null(PayrollMessage.FromException(number));
    }
}
