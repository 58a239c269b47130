import Link from "next/link";
import { formatUtc } from "@/components/versions/format-utc";
import type { ReviewErasure } from "@/lib/promotions/review-types";

/**
 * Open erasure requests that name the version under review: someone asked for data it was built on to
 * be erased, and promoting it further may be the wrong answer to them. Nothing when there is none.
 */
export function OpenErasures({ erasures }: { erasures: ReviewErasure[] }) {
  if (erasures.length === 0) return null;
  return (
    <div
      role="note"
      className="mb-3 rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900"
    >
      <p className="font-semibold">
        {erasures.length === 1
          ? "An open erasure request names this version"
          : `${erasures.length} open erasure requests name this version`}
      </p>
      <ul className="mt-1 space-y-0.5">
        {erasures.map((erasure) => (
          <li key={erasure.id}>
            <Link href={`/erasure-requests/${erasure.id}`} className="font-medium underline">
              Erasure request due {formatUtc(erasure.dueAt)}
            </Link>
            {": "}
            {erasure.decided
              ? "a disposition for this version is recorded"
              : "no disposition for this version yet"}
          </li>
        ))}
      </ul>
    </div>
  );
}
