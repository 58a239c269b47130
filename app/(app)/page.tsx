import { requirePageUser } from "@/lib/server/auth/current-user";

export default async function HomePage() {
  const principal = await requirePageUser();
  return (
    <div>
      <h1 className="text-2xl font-semibold">Welcome, {principal.name}</h1>
    </div>
  );
}
