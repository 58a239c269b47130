import type { Metadata } from "next";
import { NotFoundPanel } from "@/components/home/not-found-panel";

export const metadata: Metadata = { title: "Not found" };

// An address no route matches: drawn in the root layout alone, so it brings its own <main>.
export default function NotFound() {
  return (
    <main id="main" className="min-h-screen px-4 py-16">
      <NotFoundPanel />
    </main>
  );
}
