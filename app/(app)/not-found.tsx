import { NotFoundPanel } from "@/components/home/not-found-panel";

// notFound() from a page of the signed-in app: drawn inside the app layout, which has the header and <main>.
export default function AppNotFound() {
  return <NotFoundPanel />;
}
