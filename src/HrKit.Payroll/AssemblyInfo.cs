[assembly: System.CLSCompliant(false)]

// English is the neutral language (in the main assembly); zh-CN is a satellite. The localizer factory finds
// Resources/Localization/PayrollStrings.resx for type HrKit.Payroll.Localization.PayrollStrings through this location.
[assembly: System.Resources.NeutralResourcesLanguage("en")]
[assembly: Microsoft.Extensions.Localization.ResourceLocation("Resources")]

// Locals are not zeroed on entry: C# assigns every local before reading it, and the one stackalloc (TaxCode) is read
// only where written. The bulk path's methods inline FastDecimal's in-place reads, whose temporaries the JIT had to
// zero in each prologue (~6 KB of stack per payslip across ComputeValidated, the China pack and validation).
[module: System.Runtime.CompilerServices.SkipLocalsInit]
