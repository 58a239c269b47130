const UNITS = ["B", "KB", "MB", "GB", "TB", "PB"];

/** Binary units (1 KB = 1024 B), as file managers and `ls -h` show sizes. */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(unit === 0 ? 0 : 1)} ${UNITS[unit]}`;
}
