// HrKit.Points' converters raise the shared JSON exception over the shared text type.
global using LocalisedJsonException = HrKit.Json.LocalisedJsonException<HrKit.Localization.LocalMessage>;
