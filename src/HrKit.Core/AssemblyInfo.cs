[assembly: System.CLSCompliant(false)]

// English is the neutral language (in the main assembly); zh-CN is a satellite. The localizer factory finds
// Resources/Localization/CoreStrings.resx for type HrKit.Localization.CoreStrings through this location (the
// assembly is HrKit.Core, its namespace HrKit).
[assembly: System.Resources.NeutralResourcesLanguage("en")]
[assembly: Microsoft.Extensions.Localization.ResourceLocation("Resources")]
[assembly: Microsoft.Extensions.Localization.RootNamespace("HrKit")]
