namespace HrKit.Payroll.Jurisdictions;

/// <summary>
/// The legal text a statutory parameter comes from, quoted in payslip explanations and in the parameter reports so a
/// reader can check a figure against the law (OpenFisca keeps a reference beside every value for the same reason).
/// </summary>
/// <param name="Title">The instrument, e.g. <c>Mandatory Provident Fund Schemes Ordinance (Cap. 485), Schedule 2</c>.</param>
/// <param name="Reference">The section, table or notice number inside it; empty when the title says it all.</param>
/// <param name="Url">Where the text was read; empty when none.</param>
public sealed record LegalSource(string Title, string Reference = "", string Url = "")
{
    /// <summary>One line for explanations: title, reference and URL, whichever are present.</summary>
    public override string ToString()
    {
        var text = string.IsNullOrWhiteSpace(Reference) ? Title : $"{Title}, {Reference}";
        return string.IsNullOrWhiteSpace(Url) ? text : $"{text} ({Url})";
    }
}
