// HrKit.Payroll's converters raise the shared JSON exception over its own text type.
global using LocalisedJsonException = HrKit.Json.LocalisedJsonException<HrKit.Payroll.Localization.LocalText>;
