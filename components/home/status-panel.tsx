/** The card of the 403 and 404 pages: status code, what happened, and the way out. */
export function StatusPanel({
  code,
  title,
  children,
  action,
}: {
  code: number;
  title: string;
  children: React.ReactNode;
  action: React.ReactNode;
}) {
  return (
    <div className="mx-auto mt-12 w-full max-w-md rounded-lg border border-slate-200 bg-white p-8 text-center shadow-sm">
      <p className="text-sm font-semibold text-indigo-700">{code}</p>
      <h1 className="mt-1 text-xl font-semibold text-slate-900">{title}</h1>
      <div className="mt-3 space-y-2 text-sm text-slate-700">{children}</div>
      <div className="mt-6">{action}</div>
    </div>
  );
}
