[assembly: System.CLSCompliant(false)]

// English is the neutral language (in the main assembly); zh-CN is a satellite. The localizer factory finds
// Resources/Localization/IntegrationStrings.resx for type HrKit.Integration.Localization.IntegrationStrings through this location.
[assembly: System.Resources.NeutralResourcesLanguage("en")]
[assembly: Microsoft.Extensions.Localization.ResourceLocation("Resources")]
