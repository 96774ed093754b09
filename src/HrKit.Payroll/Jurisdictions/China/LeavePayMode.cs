namespace HrKit.Payroll.Jurisdictions.China;

/// <summary>How a day of one kind of approved leave is paid.</summary>
public enum LeavePayMode
{
    /// <summary>The full daily wage (annual, marriage, bereavement, work injury).</summary>
    Full = 0,

    /// <summary>Nothing: the daily wage is deducted (personal leave).</summary>
    Unpaid = 1,

    /// <summary>
    /// A share of the daily wage (<see cref="LeavePayRule.Rate"/>), never below 80 % of the local minimum wage
    /// for the days (sick leave, 病假工资).
    /// </summary>
    Percentage = 2,

    /// <summary>The maternity allowance replaces the wage; the employer pays the difference up to the wage.</summary>
    MaternityTopUp = 3,
}
