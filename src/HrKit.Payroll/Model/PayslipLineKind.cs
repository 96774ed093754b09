namespace HrKit.Payroll.Model;

/// <summary>What a payslip line does to pay and cost.</summary>
public enum PayslipLineKind
{
    /// <summary>Adds to gross pay.</summary>
    Earning = 0,

    /// <summary>Reduces pay (unpaid leave, lateness, post-tax deductions).</summary>
    Deduction = 1,

    /// <summary>The employee's social insurance or housing fund contribution, withheld from pay.</summary>
    EmployeeContribution = 2,

    /// <summary>The employer's social insurance or housing fund contribution: a cost, not paid to the employee.</summary>
    EmployerContribution = 3,

    /// <summary>Individual income tax withheld.</summary>
    Tax = 4,

    /// <summary>A figure shown for explanation only (rates, bases); moves no money.</summary>
    Info = 5,
}
