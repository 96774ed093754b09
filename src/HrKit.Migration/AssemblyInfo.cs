// English is the neutral language (in the main assembly); zh-CN is a satellite. The localizer factory finds
// Resources/Localization/MigrationStrings.resx for type HrKit.Migration.Localization.MigrationStrings through this location.
[assembly: System.Resources.NeutralResourcesLanguage("en")]
[assembly: Microsoft.Extensions.Localization.ResourceLocation("Resources")]
