import { Fragment } from "react";

// After these a path or file name reads naturally across lines: `checkpoints/` `model-` `00001-of-00002.` `safetensors`.
const AFTER_SEPARATOR = /(?<=[/._-])/;

/**
 * A long name that wraps at its separators rather than mid-word (`<wbr>` after `/`, `.`, `-`, `_`);
 * `break-words` still breaks a single segment wider than its column, so nothing overflows the table.
 */
export function BreakableName({ text, className = "" }: { text: string; className?: string }) {
  const parts = text.split(AFTER_SEPARATOR);
  return (
    <span className={`break-words ${className}`}>
      {parts.map((part, index) => (
        <Fragment key={index}>
          {index > 0 && <wbr />}
          {part}
        </Fragment>
      ))}
    </span>
  );
}
