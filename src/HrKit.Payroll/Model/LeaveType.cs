namespace HrKit.Payroll.Model;

/// <summary>The kinds of leave whose pay China's rules (and the leave policy) distinguish.</summary>
public enum LeaveType
{
    /// <summary>年休假: paid annual leave (职工带薪年休假条例).</summary>
    Annual = 0,

    /// <summary>病假: sick leave, paid at the policy's percentage, never below 80 % of the local minimum wage.</summary>
    Sick = 1,

    /// <summary>事假: personal leave, unpaid.</summary>
    Personal = 2,

    /// <summary>婚假: marriage leave, paid.</summary>
    Marriage = 3,

    /// <summary>丧假: bereavement leave, paid.</summary>
    Bereavement = 4,

    /// <summary>产假: maternity leave; the maternity allowance (生育津贴) replaces the salary and the employer tops it up.</summary>
    Maternity = 5,

    /// <summary>工伤停工留薪期: time off for a work injury; the salary continues (工伤保险条例 art. 33).</summary>
    WorkInjury = 6,
}
