namespace HrKit.Payroll.Jurisdictions.China;

/// <summary>Who a withholding declaration row is for, as the tax bureau's client registers the person (人员信息采集).</summary>
/// <param name="EmployeeId">The host's id (工号), matching the payslip or payment.</param>
/// <param name="Name">The name as on the identity document (姓名).</param>
/// <param name="IdType">证件类型 as the client spells it, e.g. <c>居民身份证</c>, <c>外国护照</c>.</param>
/// <param name="IdNumber">证件号码.</param>
public sealed record TaxpayerIdentity(string EmployeeId, string Name, string IdType, string IdNumber)
{
    /// <summary>The id type of a mainland resident identity card.</summary>
    public const string ResidentIdCard = "居民身份证";
}
