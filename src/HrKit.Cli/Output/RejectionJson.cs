namespace HrKit.Cli.Output;

/// <summary>A rejected record in <c>--format json</c> output.</summary>
internal sealed record RejectionJson(long Record, long? Line, string EmployeeId, string Field, string Message)
{
    public static RejectionJson From(PayrollRejection r) => new(r.Record, r.Line, r.Error.EmployeeId, r.Error.Field, r.Error.Message);
}
