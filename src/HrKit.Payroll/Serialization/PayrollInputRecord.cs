using HrKit.Payroll.Engine;
using HrKit.Payroll.Model;

namespace HrKit.Payroll.Serialization;

/// <summary>One record read from an input file: the parsed input, or why it could not be parsed.</summary>
/// <param name="Index">Zero-based position in the file.</param>
/// <param name="Line">1-based line of the record (JSON Lines) or of its start (JSON), when known.</param>
/// <param name="Input">The parsed input, when the record is well-formed.</param>
/// <param name="Error">The parse error, when it is not.</param>
public sealed record PayrollInputRecord(long Index, long? Line, EmployeeMonthInput? Input, PayrollError? Error);
