/** "2026-01-31 14:05 UTC": the registry's timestamps are UTC everywhere, so the page says so. */
export const formatUtc = (date: Date | string) =>
  `${new Date(date).toISOString().slice(0, 16).replace("T", " ")} UTC`;
