import Link from "next/link";

/** A short list of things to act on: the first few, how many in all, and where the rest are. */
export function HomeList<T extends { id: string }>({
  title,
  list,
  empty,
  allHref,
  children,
}: {
  title: string;
  list: { total: number; items: T[] };
  empty: string;
  allHref?: string;
  children: (item: T) => React.ReactNode;
}) {
  return (
    <section className="flex flex-col rounded-lg border border-slate-200 bg-white shadow-sm">
      <div className="flex items-center justify-between gap-2 border-b border-slate-100 px-4 py-3">
        <h3 className="text-sm font-semibold text-slate-900">{title}</h3>
        <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium tabular-nums text-slate-700">
          {list.total}
          <span className="sr-only"> in all</span>
        </span>
      </div>
      {list.items.length === 0 ? (
        <p className="px-4 py-6 text-sm text-slate-600">{empty}</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {list.items.map((item) => (
            <li key={item.id} className="px-4 py-3 text-sm">
              {children(item)}
            </li>
          ))}
        </ul>
      )}
      {allHref && list.total > list.items.length && (
        <div className="mt-auto border-t border-slate-100 px-4 py-2 text-right text-sm">
          <Link href={allHref} className="font-medium text-indigo-700 hover:underline">
            See all {list.total}
            <span className="sr-only"> {title.toLowerCase()}</span>
          </Link>
        </div>
      )}
    </section>
  );
}

/** A group of lists for one role, under its own heading. */
export function HomeSection({
  id,
  title,
  description,
  action,
  children,
}: {
  id: string;
  title: string;
  description: string;
  action?: React.ReactNode;
  children: React.ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="space-y-3">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <div>
          <h2 id={id} className="text-lg font-semibold text-slate-900">
            {title}
          </h2>
          <p className="text-sm text-slate-600">{description}</p>
        </div>
        {action}
      </div>
      {children}
    </section>
  );
}

export const itemLink = "font-medium text-indigo-700 hover:underline";
