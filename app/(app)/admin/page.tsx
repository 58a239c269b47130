import { redirect } from "next/navigation";
import { requirePageUser } from "@/lib/server/auth/current-user";

export default async function AdminPage() {
  await requirePageUser("admin.users");
  redirect("/admin/users");
}
