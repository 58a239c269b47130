import { Button } from "@/components/ui/button";
import { MAX_COMPARED, MIN_COMPARED } from "@/lib/schemas/compare";

/**
 * Wraps a list of versions with `v` checkboxes: a plain GET to /compare, so ticking and comparing works
 * without JavaScript, and the page it lands on names the versions in its URL.
 */
export function CompareForm({ children }: { children: React.ReactNode }) {
  return (
    <form action="/compare" method="get" aria-label="Compare versions">
      {children}
      <div className="mt-3 flex items-center gap-3">
        <Button type="submit" variant="secondary">
          Compare
        </Button>
        <span className="text-xs text-slate-600">
          Tick {MIN_COMPARED} to {MAX_COMPARED} versions to see their metrics side by side.
        </span>
      </div>
    </form>
  );
}

export function CompareCheckbox({ id, label }: { id: string; label: string }) {
  return (
    <input
      type="checkbox"
      name="v"
      value={id}
      aria-label={`Compare ${label}`}
      className="h-4 w-4 rounded border-slate-400 text-indigo-600"
    />
  );
}
