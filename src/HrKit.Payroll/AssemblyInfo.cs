[assembly: System.CLSCompliant(false)]

// English is the neutral language (in the main assembly); zh-CN is a satellite. The localizer factory finds
// Resources/Localization/PayrollStrings.resx for type HrKit.Payroll.Localization.PayrollStrings through this location.
[assembly: System.Resources.NeutralResourcesLanguage("en")]
[assembly: Microsoft.Extensions.Localization.ResourceLocation("Resources")]
