import ReactMarkdown, { type Components } from "react-markdown";
import remarkGfm from "remark-gfm";

// Card headings sit under the page's h1 and the section's h2, so they start at h3 to keep the outline in order.
const heading = (Tag: "h3" | "h4" | "h5" | "h6", className: string): Components["h1"] =>
  function Heading({ children }) {
    return <Tag className={`${className} mt-6 font-semibold text-slate-900 first:mt-0`}>{children}</Tag>;
  };

const COMPONENTS: Components = {
  h1: heading("h3", "text-xl"),
  h2: heading("h4", "text-lg"),
  h3: heading("h5", "text-base"),
  h4: heading("h6", "text-sm"),
  h5: heading("h6", "text-sm"),
  h6: heading("h6", "text-sm"),
  p: ({ children }) => <p className="mt-3 leading-relaxed">{children}</p>,
  ul: ({ children }) => <ul className="mt-3 list-disc space-y-1 pl-6">{children}</ul>,
  ol: ({ children }) => <ol className="mt-3 list-decimal space-y-1 pl-6">{children}</ol>,
  a: ({ href, children }) => (
    <a href={href} className="font-medium text-indigo-700 underline" rel="noopener noreferrer nofollow">
      {children}
    </a>
  ),
  // Images would load from wherever the card points (a tracking pixel, a huge file): offer the link instead.
  img: ({ src, alt }) => (
    <a
      href={typeof src === "string" ? src : undefined}
      className="text-indigo-700 underline"
      rel="noopener noreferrer nofollow"
    >
      Image: {alt || "untitled"}
    </a>
  ),
  blockquote: ({ children }) => (
    <blockquote className="mt-3 border-l-4 border-slate-200 pl-4 text-slate-700">{children}</blockquote>
  ),
  // Scrollable blocks take focus so keyboard users can scroll them.
  pre: ({ children }) => (
    <pre tabIndex={0} className="mt-3 overflow-x-auto rounded-md bg-slate-900 p-3 text-xs text-slate-100">
      {children}
    </pre>
  ),
  code: ({ children }) => (
    <code className="rounded bg-slate-100 px-1 font-mono text-[0.85em] text-slate-900 [pre_&]:bg-transparent [pre_&]:p-0 [pre_&]:text-slate-100">
      {children}
    </code>
  ),
  table: ({ children }) => (
    <div tabIndex={0} className="mt-3 overflow-x-auto">
      <table className="min-w-full divide-y divide-slate-200 border border-slate-200 text-sm">
        {children}
      </table>
    </div>
  ),
  th: ({ children }) => <th className="bg-slate-50 px-3 py-2 text-left font-semibold">{children}</th>,
  td: ({ children }) => <td className="border-t border-slate-100 px-3 py-2 align-top">{children}</td>,
  hr: () => <hr className="my-6 border-slate-200" />,
};

/**
 * A model card as markdown with GitHub tables and task lists. Raw HTML is skipped, never rendered: a card
 * is text anyone with write access typed, and the page must not run or style it.
 */
export function ModelCardMarkdown({ markdown }: { markdown: string }) {
  return (
    <div className="text-sm text-slate-800">
      <ReactMarkdown remarkPlugins={[remarkGfm]} skipHtml components={COMPONENTS}>
        {markdown}
      </ReactMarkdown>
    </div>
  );
}
