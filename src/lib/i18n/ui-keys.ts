export type UiKey = string;
