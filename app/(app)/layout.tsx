import { AppHeader } from "@/components/layout/app-header";
import { requirePageUser } from "@/lib/server/auth/current-user";
import { navFor } from "@/lib/navigation";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const principal = await requirePageUser();
  return (
    <div className="flex min-h-screen flex-col">
      <AppHeader
        user={{ name: principal.name, email: principal.email, roles: [...principal.roles] }}
        nav={navFor(principal)}
      />
      <main id="main" className="mx-auto w-full max-w-7xl flex-1 px-6 py-8">
        {children}
      </main>
    </div>
  );
}
