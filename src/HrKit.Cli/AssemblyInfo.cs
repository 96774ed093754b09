// English is the neutral language; zh-CN is a satellite. The localizer finds Resources/CliStrings.resx for CliStrings here.
[assembly: System.Resources.NeutralResourcesLanguage("en")]
[assembly: Microsoft.Extensions.Localization.ResourceLocation("Resources")]
